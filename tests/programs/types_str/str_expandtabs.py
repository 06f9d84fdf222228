# expandtabs: column tracking across newlines, tabsize 0/1/negative, unicode widths

samples = ["a\tb", "\t", "ab\tc", "abcdefgh\ti", "abcdefghi\tj", "a\tb\tc", "\t\t", "x\ny\tz", "12\r3\t4", "tab\t\nnext\tline",
           "日本\t語", "\U0001f600\tx", "", "no tabs here"]
for s in samples:
    print(repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-3)))
print(repr("a\tb".expandtabs(tabsize=3)), repr("\ta\tbb\tccc\tdddd\t".expandtabs(4)))
for col in range(10):
    print(repr(("x" * col + "\t|").expandtabs(4)))
for arg in ["4", 4.0, None]:
    try:
        "a\tb".expandtabs(arg)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a".expandtabs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".expandtabs(size=2)
except TypeError as e:
    print(type(e).__name__, e)
print(b"a\tb".expandtabs(), b"a\tb".expandtabs(2), bytearray(b"\tx").expandtabs(3), b"a\r\tb".expandtabs(4))
code = "def f():\n\tif x:\n\t\treturn 1\n\treturn 2"
print(code.expandtabs(4))
print(code.expandtabs(2).splitlines())


class S(str):
    pass


print(type(S("a\tb").expandtabs()).__name__, type(S("ab").expandtabs()).__name__)
rows = [["name", "qty", "price"], ["apple", "3", "1.50"], ["watermelon", "1", "3.00"]]
for row in rows:
    print(repr("\t".join(row).expandtabs(12)))
print(len("a\tb".expandtabs(100)), len("\t" * 5), len(("\t" * 5).expandtabs(3)))
print(repr("a\x0bb\tc".expandtabs(4)), repr("a\x0cb\tc".expandtabs(4)), repr("a\u2028b\tc".expandtabs(4)))
print(repr("\r\t".expandtabs(4)), repr("ab\r\ncd\tx".expandtabs(4)))
#
#
#
#
