# find/rfind/index/rindex/count with start/end ranges (negative, out of range, None)

s = "abracadabra"
print(s.find("a"), s.rfind("a"), s.find("bra"), s.rfind("bra"), s.find("z"), s.rfind("z"), s.find(""), s.rfind(""))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("a", -4, -1), s.rfind("a", 0, -1), s.rfind("a", -100, 3))
print(s.find("", 5), s.find("", 11), s.find("", 12), s.rfind("", 5), s.rfind("", 3, 7), s.find("", 7, 3))
print(s.find("a", None), s.find("a", None, None), s.find("a", 2, None), s.rfind("a", None, 5), s.find("abra", 7))
print(s.find("a", 100), s.find("a", -100), s.find("abracadabra!"), s.find("abracadabra"), s.find("cad", 4, 7), s.find("cad", 4, 6))
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 5), s.count("a", 5, 8), s.count("", 3, 5), s.count("x"))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "".count(""), "".count("a"), "abc".count("", 10))
print(s.index("c"), s.rindex("a"), s.index("a", 4), s.rindex("b", 0, 6), s.index(""), s.rindex(""))
for args in [("z",), ("a", 11), ("a", 1, 3 - 3), ("cad", 5)]:
    for meth in ("index", "rindex"):
        try:
            print(getattr(s, meth)(*args))
        except ValueError as e:
            print(meth, args, type(e).__name__, e)
print("日本語日本".find("本"), "日本語日本".rfind("本"), "日本語日本".count("日本"), "\U0001f600a\U0001f600".rfind("\U0001f600"))
print("ß".find("s"), "straße".find("ß"), "İ".find("i"), "Ünïcödé".count("ö"), "café".find("é"), "cafe\u0301".find("é"))
for args in [(5,), (None,), (b"a",), ("a", "1"), ("a", 1.5), ("a", 0, [])]:
    for meth in ("find", "count", "index"):
        try:
            getattr(s, meth)(*args)
        except TypeError as e:
            print(meth, type(e).__name__, e)


class Idx:
    def __index__(self):
        return 3


print(s.find("a", Idx()), s.count("a", Idx()), s.index("a", Idx()), s.rfind("a", 0, Idx()))
print(s.find("a", 2**100), s.rfind("a", -(2**100)), s.count("a", -(2**100), 2**100))
print("mississippi".count("ss"), "mississippi".count("i", 2, -2), "mississippi".find("ss", 3), "mississippi".rfind("ss", 0, 5))
positions = []
start = 0
while True:
    i = "banana band bandana".find("an", start)
    if i < 0:
        break
    positions.append(i)
    start = i + 1
print(positions)
print(str.find("abc", "c"), str.count("aXbXc", "X"), str.index("abc", "b"))
print("a" in s, "cad" in s, "" in s, "" in "", "A" in s, "abra" not in s)
try:
    5 in s
except TypeError as e:
    print(type(e).__name__, e)
try:
    None in "x"
except TypeError as e:
    print(type(e).__name__, e)
