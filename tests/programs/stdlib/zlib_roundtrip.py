# zlib: one-shot and streaming round trips in every container (zlib, raw, gzip, auto-detect),
# every level and strategy, checksums and constants.
import zlib

texts = [b"", b"a", b"hello" * 100, bytes(range(256)) * 50, b"".join(str(i).encode() for i in range(20000))]
for data in texts:
    for level in [-1, 0, 1, 6, 9]:
        for wbits in [15, 9, -15, -9, 31, 25]:
            c = zlib.compress(data, level, wbits)
            assert zlib.decompress(c, wbits) == data, (len(data), level, wbits)
            if wbits > 0:
                assert zlib.decompress(c, 32 + 15) == data
                if wbits <= 15:
                    assert zlib.decompress(c, 0) == data
    print(len(data), "one-shot ok", zlib.decompress(zlib.compress(data)) == data)

# stored blocks (level 0) are the same bytes in every zlib
print(zlib.compress(b"hello", 0))
print(zlib.compress(b"hello", 0, -15), zlib.compress(b"", 0, 31)[10:])
print(zlib.compress(b"hello", level=0, wbits=15))
print(zlib.compress(b"hello")[:2], zlib.compress(b"hello", 1)[:2], zlib.compress(b"hello", 9)[:2])

# compressobj with every strategy, memLevel and flush mode
data = texts[4]
for strategy in [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]:
    for mem in [1, 8, 9]:
        co = zlib.compressobj(6, zlib.DEFLATED, 15, mem, strategy)
        parts = [co.compress(data[i:i + 7000]) for i in range(0, len(data), 7000)]
        parts.append(co.flush())
        print(strategy, mem, zlib.decompress(b"".join(parts)) == data)
co = zlib.compressobj(level=9, wbits=-12)
out = []
for mode in [zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK]:
    out.append(co.compress(b"chunk %d " % mode * 50))
    flushed = co.flush(mode)
    out.append(flushed)
    print(mode, flushed == b"" if mode == zlib.Z_NO_FLUSH else len(flushed) >= 0)
sync = zlib.compressobj()
first = sync.compress(b"sync me") + sync.flush(zlib.Z_SYNC_FLUSH)
print(first[-4:], zlib.decompressobj().decompress(first))
out.append(co.flush())
print(zlib.decompress(b"".join(out), -12) == b"".join(b"chunk %d " % m * 50 for m in [0, 1, 2, 3, 5]))
print(co.flush(zlib.Z_NO_FLUSH))

# zdict
zd = b"the quick brown fox jumps over the lazy dog"
co = zlib.compressobj(zdict=zd)
c = co.compress(b"the lazy dog jumps over the quick brown fox") + co.flush()
do = zlib.decompressobj(zdict=zd)
print(do.decompress(c), do.eof)
co = zlib.compressobj(wbits=-15, zdict=bytearray(zd))
c = co.compress(b"the lazy dog") + co.flush()
print(zlib.decompressobj(wbits=-15, zdict=memoryview(zd)).decompress(c))

# checksums
print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"hello world"))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b"hello world"))
print(zlib.crc32(b"x", -1), zlib.adler32(b"x", 2**33 + 7), zlib.crc32(bytearray(100000)), zlib.adler32(memoryview(bytes(range(256)) * 400)))

for name in ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION", "Z_BEST_SPEED",
             "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED", "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED",
             "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH",
             "Z_BLOCK", "Z_TREES"]:
    print(name, getattr(zlib, name))
print(type(zlib.ZLIB_VERSION), zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.ZLIB_VERSION[:2])
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, zlib.error.__mro__)
