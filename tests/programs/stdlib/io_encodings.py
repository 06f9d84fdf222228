# Text files in many encodings: BOMs, signatures, tell/seek, appending, decoding one byte at a time.
import io, os
p = "/tmp/weft_io_encodings_%d" % os.getpid()
try:
    for enc in ["utf-8-sig", "utf-16", "utf-16-be", "utf-32", "cp1252", "koi8_r", "mac_roman", "latin-1", "ascii", "utf-7"]:
        text = "abc\nd\r\n" + ("é" if enc not in ("ascii", "koi8_r") else "x")
        with open(p, "w", encoding=enc, newline="") as f:
            f.write(text[:3])
            f.write(text[3:])
        with open(p, "rb") as f:
            raw = f.read()
        with open(p, encoding=enc) as f:
            lines = f.readlines()
            pos = f.tell()
        with open(p, encoding=enc, newline="") as f:
            f.readline()
            t = f.tell()
            rest = f.read()
            f.seek(t)
            again = f.read()
        print(enc, raw, lines, pos, t, rest == again)
    with open(p, "a", encoding="utf-16") as f:
        f.write("Z")
    with open(p, "rb") as f:
        print(f.read())
    t = io.TextIOWrapper(io.BytesIO("é".encode("utf-16")), encoding="utf-16")
    t._CHUNK_SIZE = 1
    print(repr(t.read()))
    t = io.TextIOWrapper(io.BytesIO("€x".encode("cp1252")), encoding="cp1252")
    t._CHUNK_SIZE = 1
    print(repr(t.read(1)), repr(t.read()))
finally:
    os.remove(p)
