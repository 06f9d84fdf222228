# _codecs through codecs: lookup, encode/decode, error handlers, incremental codecs, charmaps.
import codecs

for name in ["utf-8", "UTF8", "latin_1", "ISO-8859-1", "ascii", "utf-16", "utf-32-be", "cp437", "koi8_r"]:
    print(name, codecs.lookup(name).name)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)
print("x".encode("utf-16"), "x".encode("utf-16-be"), "x".encode("utf-32"))
print(b"\xff\xfex\x00".decode("utf-16"), b"\x00\x00\x00x".decode("utf-32-be"))
print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"))
print(codecs.utf_8_encode("hé"), codecs.utf_8_decode(b"h\xc3\xa9\xc3", "strict", False))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a", "strict", 0, True))
print(codecs.latin_1_encode("é"), codecs.ascii_decode(b"abc"))
print(codecs.escape_encode(b"a'\n\x00"), codecs.escape_decode(b"a\\n\\x41\\101"))
print(codecs.unicode_escape_encode("é\n"), codecs.raw_unicode_escape_decode(b"\\u00e9"))
print(codecs.charmap_decode(b"\x80", "strict", "abc" + "\ufffe" * 125 + "X"))
print(codecs.charmap_build("ab")["b"] if False else sorted(codecs.charmap_build("ab").items()))
print("Ç é ü".encode("cp437"), b"\x80\x82\x81".decode("cp437"))
print("ab€".encode("cp437", "replace"), "ab€".encode("cp437", "xmlcharrefreplace"))
try:
    "€".encode("cp437")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
    print(h, codecs.lookup_error(h).__name__)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
e = UnicodeEncodeError("ascii", "aéb", 1, 2, "bad")
for h in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(h, codecs.lookup_error(h)(e))
d = UnicodeDecodeError("utf-8", b"a\xffb", 1, 2, "bad")
for h in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(h, repr(codecs.lookup_error(h)(d)))
try:
    codecs.lookup_error("strict")(e)
except UnicodeEncodeError as x:
    print("raised", x is e)
codecs.register_error("mine", lambda exc: ("<%d>" % exc.start, exc.end))
print(codecs.lookup_error("mine")(e))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), repr(dec.decode(b"\xac", final=True)))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
def search(name):
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, e="strict": (s.upper().encode(), len(s)),
                                lambda b, e="strict": (bytes(b).decode().lower(), len(b)), name="my-codec")
codecs.register(search)
print(codecs.lookup("My Codec").name, "abc".encode("my_codec"), b"XYZ".decode("my-codec"))
codecs.unregister(search)
try:
    codecs.lookup("my_codec2")
except LookupError as e:
    print("LookupError", e)
