# Bytes literals: ASCII only, escapes are byte escapes, unicode escapes stay literal.

b = b"hello\n\t\x00\xff\7\177"
print(b, len(b), list(b))
print(b'\u00e9', len(b'\u00e9'))
print(b'\N{DASH}', B"upper prefix")
print(b"\q\d", len(b"\q\d"))
print(b'\'' + b"\"", b"""tri
ple""", b'''x''')
print(b"a" b"b" B"c", b"abc"[1], b"abc"[1:], type(b"abc"[0]).__name__)
print(b"" == bytes(), b"\x41" == b"A", b"\101" == b"A")
print(repr(b"\x80\x81"), repr(b"'"), repr(b'"'), repr(b"'\""))
print(repr(b"\r\n\t\\"), repr(b"\x7f\x1b"))

long_bytes = b"0123456789" * 3
print(long_bytes, len(long_bytes))
print(b"\
continued")

def check(src):
    try:
        value = eval(src)
    except SyntaxError as e:
        print(ascii(src), "->", type(e).__name__, e.msg)
    except ValueError as e:
        print(ascii(src), "->", type(e).__name__, e)
    else:
        print(ascii(src), "->", repr(value))

for src in [
    'b"caf\xe9"',
    'b"\u20ac"',
    'b"\\x4"',
    'b"\\xg0"',
    'b"\\777"',
    'b"\\400"',
    'b"\\377"',
    'b"\\0"',
    'b"abc" "def"',
    '"abc" b"def"',
    'b"abc" f"def"',
    'b"x" rb"\\y"',
    'bf"x"',
    'fb"x"',
]:
    check(src)
