# zlib's errors: types and CPython's messages.
import zlib


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r) if len(repr(r)) < 60 else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


good = zlib.compress(b"hello world" * 10)
show(zlib.decompress, b"abc")
show(zlib.decompress, b"")
show(zlib.decompress, good[:-1])
show(zlib.decompress, good[:10])
show(zlib.decompress, good[:2] + b"\xff" * 10)
show(zlib.decompress, good, -15)
show(zlib.decompress, good, 31)
show(zlib.decompress, good, 9)
show(zlib.decompress, zlib.compress(b"x", wbits=31))
show(zlib.decompress, b"x", 7)
show(zlib.decompress, b"x", 100)
show(zlib.decompress, b"x", bufsize=-1)
show(zlib.decompress, "text")
show(zlib.decompress, None)
show(zlib.decompress)
show(zlib.decompress, good, wbits="x")
show(zlib.decompress, zlib.compressobj(zdict=b"dict").compress(b"dict") + b"")
co = zlib.compressobj(zdict=b"dictionary")
needs = co.compress(b"dictionary dictionary") + co.flush()
show(zlib.decompress, needs)
show(zlib.decompressobj().decompress, needs)
show(zlib.decompressobj(zdict=b"wrong one").decompress, needs)
show(zlib.compress, b"x", 10)
show(zlib.compress, b"x", -2)
show(zlib.compress, b"x", wbits=7)
show(zlib.compress, b"x", wbits=16)
show(zlib.compress, b"x", wbits=-8)
show(zlib.compress, "text")
show(zlib.compress, b"x", level="1")
show(zlib.compress, b"x", 1, 15, 3)
show(zlib.compress, b"x", 2**40)
show(zlib.compress, memoryview(b"abcd")[::2])
show(zlib.compressobj, 10)
show(zlib.compressobj, method=9)
show(zlib.compressobj, wbits=99)
show(zlib.compressobj, memLevel=0)
show(zlib.compressobj, strategy=9)
show(zlib.compressobj, zdict="text")
show(zlib.compressobj, foo=1)
show(zlib.compressobj().compress, "text")
show(zlib.compressobj().compress)
show(zlib.compressobj().flush, 9)
show(zlib.compressobj().flush, "x")
show(zlib.decompressobj, wbits=99)
show(zlib.decompressobj, wbits=-7)
show(zlib.decompressobj, zdict=1)
show(zlib.decompressobj, zdict="text")
show(zlib.decompressobj().decompress, b"abc")
show(zlib.decompressobj().decompress, good, -1)
show(zlib.decompressobj().decompress, "text")
show(zlib.decompressobj().flush, 0)
show(zlib.decompressobj().flush, -5)
show(zlib.crc32, "text")
show(zlib.crc32, b"x", 1.5)
show(zlib.adler32)
show(zlib.adler32, b"", 1, 2)
do = zlib.decompressobj()
show(do.decompress, b"\x78\x9c\xff\xff\xff\xff")
print(do.eof, do.unused_data, do.unconsumed_tail)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)
for t in [type(zlib.compressobj()), type(zlib.decompressobj())]:
    show(t)
import pickle
for o in [zlib.compressobj(), zlib.decompressobj()]:
    try:
        pickle.dumps(o)
    except TypeError as e:
        print("TypeError", e)

# every window size and container, valid or not
g = zlib.compress(b"hello gzip" * 10, wbits=31)
z = zlib.compress(b"hello zlib" * 10)
for w in [16, 32, 0, 47, 40, 24, 8, -8, 48, 17, 33, -16, 7, -7]:
    for data in (g, z):
        show(zlib.decompress, data, w)
    try:
        print(w, "obj", zlib.decompressobj(w).decompress(g)[:5])
    except Exception as e:
        print(w, type(e).__name__, e)
for w in range(-17, 34):
    try:
        c = zlib.compress(b"abc" * 50, 6, w)
        print(w, zlib.decompress(c, w) == b"abc" * 50, end="; ")
    except zlib.error as e:
        print(w, e, end="; ")
    try:
        zlib.compressobj(wbits=w)
    except ValueError as e:
        print(e)
    else:
        print("ok")

# corrupt streams whose damage a decoder's fast path finds
bad = bytes.fromhex("789c0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d28561d2f4b2d5228014ae72456552aa4e4a7eb29848c2a1e553caa98da8a0147a5431c")
show(zlib.decompress, bad)
show(zlib.decompress, bad, 0, 1)
show(zlib.decompressobj().decompress, bad)
show(zlib.decompressobj(47).decompress, bad, 5)
far = bytes.fromhex("789c0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f1e2d5228014ae72456552aa4e4a7eb29848c2a1e553caa98da8a0147a5431c")
show(zlib.decompress, far)
