# Handlers registered with codecs.register_error, called by the native codecs for each failure.
import codecs
def rep(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%s>" % "".join("U+%04X" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error("mark", rep)
print("aéb€c".encode("ascii", "mark"), "aéb€".encode("latin-1", "mark"))
print("x\udc80y".encode("utf-8", "mark"), "é".encode("utf-16", "mark"), "\udc80".encode("utf-16", "mark"))
print(b"a\xffb\xfe".decode("utf-8", "mark"), b"a\x80".decode("ascii", "mark"))
print(b"\xff\xfea\x00\x00\xd8".decode("utf-16", "mark"))
print("é".encode("cp1252", "mark"), "€ĉ".encode("cp1252", "mark"))
codecs.register_error("bytes", lambda e: (b"?!", e.end))
print("aéb".encode("ascii", "bytes"))
codecs.register_error("skip2", lambda e: ("", e.end + 1))
print("aébc".encode("ascii", "skip2"))
codecs.register_error("bad", lambda e: "nope")
for f in [lambda: "é".encode("ascii", "bad"), lambda: b"\xff".decode("utf-8", "bad")]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
codecs.register_error("far", lambda e: ("", 100))
try:
    "é".encode("ascii", "far")
except IndexError as e:
    print("IndexError", e)
codecs.register_error("unenc", lambda e: ("é", e.end))
try:
    "é".encode("ascii", "unenc")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
def raiser(e):
    raise ValueError("from handler")
codecs.register_error("raise", raiser)
try:
    "é".encode("ascii", "raise")
except ValueError as e:
    print("ValueError", e)
try:
    "é".encode("ascii", "unknown_handler")
except LookupError as e:
    print("LookupError", e)
import io
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="mark")
t.write("aéb")
t.flush()
print(t.buffer.getvalue())
print(io.TextIOWrapper(io.BytesIO(b"a\xffb"), encoding="utf-8", errors="mark").read())
