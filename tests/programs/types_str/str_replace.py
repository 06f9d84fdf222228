# str.replace: count (positive, zero, negative), empty pattern, overlapping, unicode

s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("one", "1", -1), s.replace("one", "1", -100), s.replace("one", "1", 100), s.replace("x", "y"))
print(s.replace("one", ""), s.replace(" ", ""), s.replace("", "|"), s.replace("", "|", 3), "".replace("", "x"))
print("".replace("", "x", 0), "".replace("a", "b"), "abc".replace("", "-", -1), "abc".replace("", ""), "abc".replace("abc", ""))
print("aaaa".replace("aa", "b"), "aaaaa".replace("aa", "b"), "aaa".replace("a", "aa"), "abab".replace("ab", "ba"))
print("Hello".replace("l", "L", 1), "hello".replace("hello", "goodbye"), "hello".replace("Hello", "x"))
print("日本語".replace("本", "ほん"), "\U0001f600!".replace("\U0001f600", ":)"), "ßs".replace("ß", "ss"), "a\u0301".replace("\u0301", ""))
print("tab\there".replace("\t", "    "), "line\r\n".replace("\r\n", "\n"), "a.b.c".replace(".", "", 1))
for args in [(1, "x"), ("a", 1), (None, "x"), ("a", "b", "1"), ("a", "b", 1.0), ("a",), ()]:
    try:
        "abc".replace(*args)
    except TypeError as e:
        print(args, type(e).__name__, e)
try:
    "abc".replace(old="a", new="b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace("a", "b", 2**64)
except OverflowError as e:
    print(type(e).__name__, e)


class S(str):
    pass


r = S("abc").replace("x", "y")
print(r, type(r).__name__, type(S("abc").replace("a", "z")).__name__, type("abc".replace("a", S("z"))).__name__)
template = "Dear NAME, your order ORDER ships DATE."
for k, v in {"NAME": "Ann", "ORDER": "#42", "DATE": "today"}.items():
    template = template.replace(k, v)
print(template)
text = "the cat sat on the mat with the hat"
print(text.replace("the", "THE", 2), text.count("at"), text.replace("at", "og").count("og"))
big = "ab" * 1000
print(len(big.replace("a", "xyz")), big.replace("ab", "", 999), len(big.replace("b", "")))
print("x".replace("x", "x" * 5).replace("xx", "y"), "aaa".replace("a", "", 2))
print(b"abcabc".replace(b"b", b"B", 1), bytearray(b"aaa").replace(b"a", b"bb"), b"".replace(b"", b"-"), b"ab".replace(b"", b"."))
print("%s" % "a-b-c".replace("-", "%"), "a%b".replace("%", "%%"), "C:\\path\\x".replace("\\", "/"))
