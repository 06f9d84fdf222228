# partition/rpartition, removeprefix/removesuffix, startswith/endswith with tuples and ranges

for s in ["key=value", "key=", "=value", "novalue", "a=b=c", "", "=="]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("http://x.org/a/b".partition("://"), "http://x.org/a/b".rpartition("/"), "aXbXc".partition("X"))
print("日本=語".partition("="), "\U0001f600|x".partition("|"), "abcabc".rpartition("bc"), "abc".partition("abc"))
for sep in ["", 5, None]:
    for meth in ("partition", "rpartition"):
        try:
            getattr("a=b", meth)(sep)
        except (ValueError, TypeError) as e:
            print(meth, repr(sep), type(e).__name__, e)

print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "TestCase".removesuffix("Case"))
print("aaa".removeprefix("a"), "aaa".removesuffix("aa"), "".removeprefix(""), "x".removeprefix(""), "x".removesuffix("x"))
print("file.tar.gz".removesuffix(".gz"), "file.tar.gz".removesuffix(".tar"), "prefix_prefix".removeprefix("prefix_"))
for meth in ("removeprefix", "removesuffix"):
    for arg in [None, 1, ("a",)]:
        try:
            getattr("abc", meth)(arg)
        except TypeError as e:
            print(meth, type(e).__name__, e)

s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6), s.startswith("lo", 3, 5))
print(s.startswith(("x", "he")), s.startswith(()), s.startswith(""), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith(("o", "x")), s.endswith("o", -7, -5), s.endswith(""))
print(s.startswith("hello", -100), s.startswith("o", -7), s.endswith("d", 0, 100), s.endswith("l", None, -1))
print(s.startswith("h", None), s.startswith("h", None, None), "".startswith(""), "".endswith(""), "".startswith("", 1))
print(s.endswith(("ld", "lo"), 0, 5), s.startswith(("a", "he")))
for args in [(["he"],), (5,), (("he", 5),), ("he", "0"), ("he", 1.5), (("he", None),)]:
    for meth in ("startswith", "endswith"):
        try:
            getattr(s, meth)(*args)
        except TypeError as e:
            print(meth, type(e).__name__, e)


class S(str):
    pass


print(type(S("ab").removeprefix("a")).__name__, type(S("ab").removeprefix("x")).__name__, S("ab").partition("a"))
print([type(p).__name__ for p in S("a=b").partition("=")], S("x").startswith(S("x")))
name = "report_2024_final.pdf"
base, _, ext = name.rpartition(".")
head, _, tail = base.partition("_")
print(base, ext, head, tail, name.startswith(("report", "summary")), name.endswith((".pdf", ".doc")))
print(b"a=b".partition(b"="), b"abc".removeprefix(b"a"), b"abc".endswith((b"c", b"x")), bytearray(b"x.y").rpartition(b"."))
