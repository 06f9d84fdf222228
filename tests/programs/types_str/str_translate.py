# str.maketrans and str.translate: dict/str forms, deletion, ordinals vs chars, errors

t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
t2 = str.maketrans("abc", "xyz", "d")
print(sorted(t2.items()), "abcd-dcba".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "33", "d": 100})
print(sorted(t3.items()), "abcde".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({ord("l"): None}), "hello".translate({}), "".translate(t))
print("hello".translate({ord("h"): "jj", ord("o"): ""}), "abc".translate({97: 98, 98: 99}), "\U0001f600".translate({0x1F600: "smile"}))
print(str.maketrans("", ""), str.maketrans("", "", "xyz"), "xyzzy".translate(str.maketrans("", "", "xyz")))
print("Hello, World!".translate(str.maketrans("", "", ",!")), "2024-01-15".translate(str.maketrans("-", "/")))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
print("日本語".translate({ord("本"): "ほん"}), "aaa".translate({ord("a"): "aa"}))


class Lookup:
    def __getitem__(self, key):
        if key == ord("x"):
            return "X!"
        if key == ord("q"):
            raise LookupError("skip q")
        raise KeyError(key)


print("xqxz".translate(Lookup()))


class Bad:
    def __getitem__(self, key):
        raise ValueError("bad mapping for %d" % key)


try:
    "a".translate(Bad())
except ValueError as e:
    print(type(e).__name__, e)
for table in [{ord("a"): 1.5}, {ord("a"): b"x"}, {ord("a"): 0x110000}, {ord("a"): -1}]:
    try:
        print(repr("a".translate(table)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [("ab", "c"), ("a", "b", "c", "d"), (1, "a"), ({"ab": "c"},), ({1.5: "c"},), ("a",), (["a"],), ("a", 1)]:
    try:
        print(str.maketrans(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    "abc".translate()
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcd".translate(None, b"bd"), b"aXb".translate(None))
print(bytes.maketrans(b"a", b"b")[97:99], len(bytes.maketrans(b"", b"")))
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"x".translate(b"short")
except ValueError as e:
    print(type(e).__name__, e)
vowels = str.maketrans("aeiouAEIOU", "*" * 10)
print("The quick brown fox jumps over the lazy dog".translate(vowels))
