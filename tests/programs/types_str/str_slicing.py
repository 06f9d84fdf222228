# string indexing and slicing: negative indices, steps, clamping, unicode code points

s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], s[:5], s[7:], s[-6:-1], s[::2], s[1::2], s[::-1], s[::-2], s[-1:-6:-1])
print(repr(s[5:5]), repr(s[10:2]), repr(s[100:]), repr(s[-100:3]), s[:100], s[3:-3], s[-3:3] == "")
print(s[::3], s[2:11:3], s[11:2:-3], s[::-13], s[::13], s[::14], s[0:1:-1] == "", s[len(s) :: -1])
print(s[None:None:None], s[None:5], s[5:None:-1], s[slice(0, 5)], s[slice(None, None, -4)])
for step in range(-4, 5):
    if step:
        print(step, repr(s[::step]), repr(s[2:9:step]), repr(s[9:2:step]))
u = "日本語テキスト\U0001f600é"
print(len(u), u[0], u[-1], u[-2], u[2:5], u[::-1], u[::2], u[7], [c for c in u[-3:]])
print("e\u0301"[0], len("e\u0301"), "e\u0301"[::-1] == "\u0301e", "🇫🇷"[0] == "\U0001f1eb", len("👨‍👩‍👧"))
for i in [13, -14, 2**70, -(2**70)]:
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
for i in ["0", 1.0, None, (1,)]:
    try:
        print(s[i])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 4


print(s[Idx()], s[Idx() : 8], s[: Idx()], s[True], s[False:True])
print("".join(s[i] for i in range(0, len(s), 4)), [s[i : i + 3] for i in range(0, len(s), 3)])
print(s[-len(s)], s[len(s) - 1], s[:-len(s)] == "", s[-len(s) - 1 :] == s)
word = "racecar"
print(word == word[::-1], "python"[::-1], "abcdef"[1:-1][::-1], "abcdef"[-2::-2], "abcdef"[:-7:-2])
big = "x" * 10 + "y"
print(big[10], big[-1:], big[2**63 - 1 :], big[: -(2**63)], big[:: 2**63 - 1], big[::-(2**63)])
print(type(s[0]).__name__, type(s[1:3]).__name__, s[:] == s)
