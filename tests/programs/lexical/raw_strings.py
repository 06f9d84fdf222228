# Raw string and raw bytes literals: backslashes stay, quotes can still be escaped.

print(r"a\nb", len(r"a\nb"))
print(R'C:\new\table', repr(R'C:\new\table'))
print(r"\"", len(r"\""), r'\'')
print(r"\\", len(r"\\"))
print(r"\x41\u0041\N{DASH}", len(r"\x41\u0041\N{DASH}"))
print(repr(r"""line1\
line2"""))
print(repr(rb"\x00\n"), len(rb"\x00\n"), type(rb"").__name__)
print(repr(Rb"a\b"), repr(bR"a\b"), repr(BR"a\b"), repr(br"a\b"), repr(rB"a\b"))
print(r"" == "", rb"" == b"")
print(r"\d+\.\d*" == "\\d+\\.\\d*")
print(repr(r"a" "\n" r"\n"))

def check(src):
    try:
        value = eval(src)
    except SyntaxError as e:
        print(src, "->", type(e).__name__, e.msg)
    else:
        print(src, "->", repr(value))

for src in [
    'r"\\"',
    'r"\\\\"',
    "r'\\''",
    'r"abc\\"',
    'rb"\\xff"',
    'rb"\xe9"',
    'ur"x"',
    'ru"x"',
    'u"x"',
    'U"x"',
    'bu"x"',
    'rr"x"',
    'fr"{1}\\n"',
    'rf"{1+1}\\t"',
    'Rf"{2}\\d"',
    'fR"{3}\\s"',
    'FR"{4}"',
]:
    check(src)
