# str.encode / bytes.decode: utf-8, ascii, latin-1, utf-16/32, error handlers and exception details

s = "héllo wörld \u20ac \U0001f600"
for enc in ["utf-8", "UTF8", "utf_8", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1"]:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:12], b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
print(s.encode(), s.encode("utf-8") == s.encode(encoding="utf-8"), "abc".encode("ascii"), "".encode())
print(len("x".encode("utf-16")), len("x".encode("utf-32")), "x".encode("utf-16")[2:], "\u00ff".encode("latin-1"))
for errors in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
    try:
        print(errors, s.encode("ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e)
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object[:5]), e.start, e.end, e.reason, type(e).__mro__[1].__name__)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("\ud800x".encode("utf-8", "surrogatepass"), "\ud800".encode("utf-8", "replace"), "\udcff".encode("utf-8", "surrogateescape"))
print("\u20ac".encode("latin-1", "replace"), "\u20ac".encode("cp1252"), "\u20ac".encode("latin-1", "ignore"))
data = "naïve café".encode("utf-8")
print(data.decode("utf-8"), data.decode("latin-1"), data.decode("ascii", "replace"), data.decode("ascii", "ignore"))
print(data.decode("ascii", "backslashreplace"), b"\xff\xfe".decode("utf-8", "surrogateescape") == "\udcff\udcfe")
for bad in [b"\xff", b"\xc3", b"\xc3\x28", b"\xe2\x82", b"\xf0\x9f\x98", b"abc\x80def", b"\xed\xa0\x80", b"\xc0\xaf"]:
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print(bad, type(e).__name__, e, "|", e.start, e.end, e.reason)
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), b"h\x00".decode("utf-16-le"), b"\x00h".decode("utf-16-be"))
try:
    b"a".decode("utf-16-le")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
for args in [("no-such-codec",), (5,), ("utf-8", 5)]:
    try:
        "x".encode(*args)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "x".encode("utf-8", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
print("x".encode("utf-8", "no-such-handler-but-unused"), "x".encode("utf-8", errors="strict"))
try:
    b"x".decode("rot13")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"abc"), str(bytearray(b"x"), "latin-1"))
try:
    str("already str", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(5, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(bytes("abc", "utf-8"), bytes("é", "latin-1"), bytearray("€", "utf-8"))
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__, e)
print([len(c.encode()) for c in "a\u00e9\u20ac\U0001f600"], "\U0001f600".encode("utf-16-le"))
