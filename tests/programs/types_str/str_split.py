# str.split / str.rsplit: whitespace mode vs explicit separator, maxsplit, edge cases

cases = ["a b c", "  a  b  c  ", "", "   ", "a", "a\tb\nc\rd\x0be\x0cf", "a\u00a0b\u2003c\u3000d", "a\x1cb\x1dc\x1ed\x1fe",
         "a\u0085b\u2028c", "one,two,,three,", ",a,", "a::b::::c"]
for s in cases:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1))
for s in ["one,two,,three,", ",a,", "", ",", ",,", "abc"]:
    print(repr(s), s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0), s.split(",", -1))
print("a::b::::c".split("::"), "a::b::::c".rsplit("::", 1), "aaaa".split("aa"), "aaaaa".split("aa"), "aaaaa".rsplit("aa"))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2), "a b c d".split(sep=" ", maxsplit=1))
print("  a b  ".split(None, 0), "  a b  ".rsplit(None, 0), "  a b  ".split(" ", 0), "a b".split(None, -5))
print("x".split("x"), "xx".split("x"), "héllo wörld".split("ö"), "日本語 テキスト".split(), "\U0001f600a\U0001f600".split("a"))
print("1<>2<>3".split("<>"), "<>".split("<>"), "abc".split("abcd"), "abcabc".split("abc"), "AbCaBc".split("b"))
print("line1\nline2\n".split("\n"), "line1\r\nline2".split("\r\n"), "a\n\nb".split())
print("a b c".split(" ", 10), "a b c".rsplit(" ", 10), "a,b,c".split(",", 2**63 - 1))
for sep in ["", 5, b","]:
    for meth in ("split", "rsplit"):
        try:
            getattr("a,b", meth)(sep)
        except (ValueError, TypeError) as e:
            print(meth, repr(sep), type(e).__name__, e)
for args in [(",", "1"), (",", 1.5), (",", None)]:
    try:
        "a,b".split(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a,b".split(",", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a,b".split(x=",")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split(",", 2**64)
except OverflowError as e:
    print(type(e).__name__, e)


class S(str):
    pass


parts = S("a b").split()
print(parts, [type(p).__name__ for p in parts], type(S("ab").split("x")[0]).__name__)
print(str.split("k=v", "="), str.rsplit("a.b.c", ".", 1), dict(kv.split("=") for kv in "a=1;b=2".split(";")))
print("path/to/file.tar.gz".rsplit(".", 1), "path/to/file.tar.gz".split("/", 1), "/abs/path".split("/"))
print(" multiple   spaces here ".split(" "), "tab\t\tsep".split("\t"))
print("a b".split(None), "a  b".split(" "), "".split("x"), "".rsplit("x", 1))
