# Subscriptions and slicings on builtin sequences and mappings, including extended slices.

s = "abcdefghij"
lst = list(range(10))
t = tuple(range(10))
print(s[0], s[-1], s[3:6], s[:3], s[7:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[8:2:-2], s[-1:-4:-1], s[100:], s[-100:2], s[5:2], s[::-3], s[2:2])
print(lst[2:8:3], lst[::-4], t[1:3], t[::5], lst[-2::-2])
print(s[None:None:None], lst[None:3], s[slice(2, 5)], s[slice(None, None, -2)])

# Indexing errors.
for expr in ["s[10]", "s[-11]", "lst[10]", "t[-11]", "s['a']", "lst[1.0]", "t[None]",
             "s[::0]", "lst[1:2:0]", "{}[[]]", "range(3)[3]", "b'ab'[2]"]:
    try:
        print(expr, "=", eval(expr))
    except (IndexError, TypeError, ValueError, KeyError) as e:
        print(expr, "->", type(e).__name__ + ":", e)

# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = ["end"]
print(a)
a[::2] = "ABCDEF"
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
a[1:1] = range(2)
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a[1:3] = 5
except TypeError as e:
    print("TypeError", e)
b = [1, 2, 3]
b[1:2] = b
print(b)
b[:] = []
print(b)

# Extended slice assignment with a negative step.
c = list(range(6))
c[::-2] = ["a", "b", "c"]
print(c)

# Subscription of mappings and multi-dimensional keys.
d = {(1, 2): "tuple key", "k": "str key", 3: "int key", None: "none key", frozenset({1}): "fs"}
print(d[1, 2], d[(1, 2)], d["k"], d[3], d[None], d[frozenset({1})])

# Subscripting the result of calls and other subscriptions.
def get():
    return {"list": [10, [20, 30]]}
print(get()["list"][1][0], get()["list"][-1][-1], "xyz"[1:][0], [[1, 2], [3]][0][1:])

# Negative indices are normalised once; huge indices are clamped in slices.
print(lst[-1], lst[-10], lst[-3:-1], lst[-100:100], lst[5:-100:-1], lst[2**70:], lst[:-2**70])

# Strings of length one result from indexing; bytes give ints.
print(type(s[0]).__name__, type(b"abc"[0]).__name__, b"abc"[0:1], bytearray(b"xy")[1], memoryview(b"ab")[0])

# Slice objects and their methods.
sl = slice(1, 10, 3)
print(sl.start, sl.stop, sl.step, sl.indices(5), lst[sl], s[sl], repr(sl))
print(slice(3), slice(1, 2), slice(None), slice(-1, None, -1).indices(4))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
try:
    slice()
except TypeError as e:
    print("TypeError", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2) != slice(1, 2, 1))
