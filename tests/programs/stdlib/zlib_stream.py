# zlib.Decompress: max_length, unconsumed_tail, unused_data, eof, flush, and data after the end.
import zlib

data = bytes(range(256)) * 200 + b"tail text" * 1000
comp = zlib.compress(data, 6)

# byte-by-byte feeding
do = zlib.decompressobj()
out = b"".join(do.decompress(comp[i:i + 1]) for i in range(len(comp)))
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)

# max_length: never more than asked, the rest stays in unconsumed_tail
do = zlib.decompressobj()
pieces = []
chunk = do.decompress(comp, 1000)
while chunk:
    pieces.append(chunk)
    assert len(chunk) <= 1000
    chunk = do.decompress(do.unconsumed_tail, 1000)
print(len(pieces), max(map(len, pieces)), b"".join(pieces) == data, do.eof, do.unconsumed_tail)

do = zlib.decompressobj()
part = do.decompress(comp, 10)
print(len(part), len(do.unconsumed_tail) > 0, do.eof)
rest = do.flush()
print(part + rest == data, do.eof, do.unconsumed_tail)

# data after the end of the stream
do = zlib.decompressobj()
print(do.decompress(comp + b"EXTRA") == data, do.unused_data, do.eof)
print(do.decompress(b"MORE"), do.unused_data)
print(zlib.decompress(comp + b"garbage") == data)

# two gzip members, auto-detected one at a time
g = zlib.compress(b"first", wbits=31) + zlib.compress(b"second", wbits=31)
do = zlib.decompressobj(47)
print(do.decompress(g), do.eof, do.unused_data[:3])
do2 = zlib.decompressobj(47)
print(do2.decompress(do.unused_data), do2.eof)

# flush on a truncated stream reports nothing
do = zlib.decompressobj()
partial = do.decompress(comp[:50]) + do.flush()
print(data.startswith(partial), do.eof)
print(zlib.decompressobj().flush(), zlib.decompressobj().flush(1))

# a compressor after Z_FINISH
co = zlib.compressobj()
co.compress(b"x")
co.flush()
for f in [lambda: co.compress(b"y"), lambda: co.flush(), lambda: co.flush(zlib.Z_SYNC_FLUSH)]:
    try:
        f()
    except zlib.error as e:
        print("error", e)
print(co.flush(zlib.Z_NO_FLUSH))

# bufsize only tunes the first buffer
print(zlib.decompress(comp, bufsize=1) == data, zlib.decompress(comp, 15, 0) == data, zlib.decompress(comp, bufsize=10**6) == data)

# big input in one call
big = b"0123456789abcdef" * 200000
cbig = zlib.compress(big, 1)
print(len(big), zlib.decompress(cbig) == big)
do = zlib.decompressobj()
print(do.decompress(cbig, 5 * 10**6) == big[:5 * 10**6], len(do.unconsumed_tail) > 0)

# a decompressor that flush() ended keeps what it is given as its tail
c = zlib.compress(b"abc")
d = zlib.decompressobj()
print(d.decompress(c), d.eof, d.flush(), d.eof)
try:
    d.decompress(b"more")
except zlib.error as e:
    print(e)
print(d.unconsumed_tail, d.unused_data, d.flush(), d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(c[:5]), d.flush(), d.eof, d.decompress(c[5:]), d.eof)
