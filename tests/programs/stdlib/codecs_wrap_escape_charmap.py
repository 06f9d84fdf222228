# Exceptions from codecs found through the registry are wrapped only when stateless; the escape
# codecs' error handling and warnings; charmap codecs with every kind of handler.
import codecs
import warnings

warnings.simplefilter("always")


def show(f, *a):
    try:
        r = f(*a)
        print(ascii(r))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)), type(e.__cause__).__name__)


TO_RAISE = [None]


def raiser(*args):
    raise TO_RAISE[0]


def search(name):
    if name == "wrap_test":
        return codecs.CodecInfo(raiser, raiser, name="wrap_test")


codecs.register(search)


class Mine(RuntimeError):
    pass


class Slotted(RuntimeError):
    __slots__ = ()


class WithInit(RuntimeError):
    def __init__(self):
        pass


attr = RuntimeError("has attr")
attr.x = 1
for exc in [RuntimeError, RuntimeError("msg"), Mine("mine"), Slotted("s"), WithInit,
            RuntimeError(1), RuntimeError("a", "b"), attr, KeyError("k"), OSError(2, "x"),
            UnicodeError("u"), StopIteration("v")]:
    TO_RAISE[0] = exc
    show("x".encode, "wrap_test")
    show(b"x".decode, "wrap_test")
    show(codecs.encode, "x", "wrap_test")
    show(codecs.decode, b"x", "wrap_test")

# A codec's own error class (binascii.Error) is wrapped too.
show(codecs.decode, b"zz", "hex")

for f in [codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode]:
    for data in [b"\\x", b"[\\u12]\\u1", b"\\U00110000", b"\\8", b"\\777", b"\\\xfa"]:
        for err in ["strict", "ignore", "replace"]:
            show(f, data, err)
    show(f, "\\u1234")
    show(f, b"[\\u12", "strict", False)

for data in [b"[\\x]\\x", b"[\\x0]\\x0", b"\\8", b"\\777", b"\\z\\q"]:
    for err in ["strict", "ignore", "replace", "bogus"]:
        show(codecs.escape_decode, data, err)

for m in [{0: "a", 1: "b"}, {0: "a", 1: "b", 2: "\ufffe"}, {0: 97, 1: 98, 2: 0xFFFE}, "ab\ufffe"]:
    for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        show(codecs.charmap_decode, b"\x00\x01\x02\x80", err, m)

codecs.register_error("test.charmap", lambda e: ("<%d-%d>" % (e.start, e.end), e.end))
show(codecs.charmap_decode, b"\x00\x05\x01", "test.charmap", {0: "a", 1: "b"})
enc = {ord("a"): 1, ord("<"): 60, ord(">"): 62, ord("-"): 45, ord("?"): 63,
       ord("1"): 49, ord("3"): 51}
for err in ["strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace",
            "surrogateescape", "test.charmap"]:
    show(codecs.charmap_encode, "a\xe9\udca5a", err, enc)
show("foo\udca5bar".encode, "iso-8859-3", "surrogateescape")
show(b"foo\xa5bar".decode, "iso-8859-3", "surrogateescape")
for raw in [b"a+IKwgrNgBA-b", b"a+IKwgrNgB-b", b"a+2AEA-b"]:
    show(raw.decode, "utf-7", "replace")
