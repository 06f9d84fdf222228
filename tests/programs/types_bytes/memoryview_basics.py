# memoryview basics: slicing without copying, tobytes/tolist/hex, readonly, release, len

data = bytearray(b"abcdefgh")
mv = memoryview(data)
print(type(mv).__name__, len(mv), mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides, mv.nbytes)
print(mv[0], mv[-1], mv[2:5].tobytes(), mv[::2].tobytes(), mv[::-1].tobytes(), mv.tolist()[:3], mv.hex(), mv[1:3].hex("-"))
sub = mv[2:6]
print(len(sub), sub.tobytes(), sub.obj is data, bytes(sub), sub.tolist(), sub.c_contiguous, mv[::2].c_contiguous)
mv[0] = 65
sub[0] = ord("C")
mv[6:8] = b"GH"
print(data, sub.tobytes())
ro = memoryview(b"readonly")
print(ro.readonly, ro[0], ro[1:4].tobytes(), ro == b"readonly", ro.tobytes() == b"readonly")
for fn in [lambda: ro.__setitem__(0, 1), lambda: mv.__setitem__(0, 256), lambda: mv.__setitem__(slice(0, 2), b"abc"),
           lambda: mv.__setitem__(0, b"a"), lambda: mv[100], lambda: mv["x"], lambda: memoryview("str"), lambda: memoryview(5),
           lambda: mv.__delitem__(0), lambda: hash(mv)]:
    try:
        print(fn())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(mv == data, mv == b"AbCdefGH", mv != b"x", memoryview(b"ab") == memoryview(bytearray(b"ab")), memoryview(b"a") == "a")
print(hash(memoryview(b"abc")) == hash(b"abc"), list(memoryview(b"\x01\x02")), b"xy" + memoryview(b"z"), bytearray(memoryview(b"q")))
with memoryview(bytearray(b"ctx")) as m2:
    print(m2.tobytes(), m2.readonly)
print(m2.__class__.__name__)
try:
    m2.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(m2)
except ValueError as e:
    print(type(e).__name__, e)
m3 = memoryview(b"rel")
m3.release()
m3.release()
print(repr(m3).startswith("<released memory at 0x"))
buf = bytearray(b"resize")
m4 = memoryview(buf)
try:
    buf.append(1)
except BufferError as e:
    print(type(e).__name__, e)
m4.release()
buf.append(33)
print(buf)
ints = memoryview(bytes(range(8))).cast("H")
print(ints.format, ints.itemsize, len(ints), ints.nbytes, ints.tolist() if ints.tolist()[0] in (256, 1) else "endian")
print(memoryview(b"abc").toreadonly().readonly, memoryview(b"").tobytes(), len(memoryview(b"")), memoryview(b"xyz")[1:].tolist())
print(bytes(memoryview(b"abcdef")[1:5][1:3]), memoryview(b"abcdef")[::3].tobytes(), memoryview(b"q").tobytes().decode())
print(b"a" in bytes(memoryview(b"cat")), memoryview(b"\xff\x00").tolist(), memoryview(bytearray(3)).tolist())
