import struct

# pack/unpack round trips for every code, in every byte order
for prefix in "@=<>!":
    fmt = prefix + "cbB?hHiIlLqQefd"
    vals = (b"x", -5, 200, True, -300, 60000, -70000, 4000000000, -7, 9, -2**62, 2**63 + 5, 1.5, 0.25, -2.5)
    data = struct.pack(fmt, *vals)
    print(prefix, struct.calcsize(fmt), data.hex())
    print(struct.unpack(fmt, data))

print(struct.pack("nNP", -3, 3, 12).hex(), struct.unpack("nNP", struct.pack("nNP", -3, 3, 12)))
print(struct.pack("<5s3sp", b"hello world", b"a", b"zz"))
print(struct.pack("4p", b"abcdef"), struct.unpack("4p", b"\x09abc"), struct.unpack("5s", b"ab\x00cd"))
print(struct.pack("3x2xb", 1), struct.calcsize("3x2xb"))

# native alignment
for f in ["ci", "@ci", "=ci", "cd", "c0i", "bhq", "3c2h", "i 2h", "0q", "", "10s", "2e"]:
    print(repr(f), struct.calcsize(f))

# half precision
for x in [0.0, -0.0, 1.0, 65504.0, 6e-8, 1e-9, 0.1, float("inf"), float("-inf")]:
    b = struct.pack("<e", x)
    print(x, b.hex(), struct.unpack("<e", b))
print(struct.unpack("<e", struct.pack("<e", float("nan")))[0])

# Struct objects
s = struct.Struct("<ih")
print(type(s), repr(s).startswith("<_struct.Struct object at "), s.format, s.size)
print(s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"))
print(struct.Struct(b">q").format, struct.Struct(b">q").size)
buf = bytearray(10)
s.pack_into(buf, 2, -1, -2)
print(buf)
struct.pack_into("<h", buf, -2, 0x4142)
print(buf)
mv = memoryview(buf)
struct.pack_into("B", mv, 0, 7)
print(buf, s.unpack_from(buf, 2), struct.unpack_from("<h", buf, offset=8))
print(struct.unpack(">H", memoryview(b"\x01\x02")), struct.unpack(">H", bytearray(b"\x01\x02")))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
print(list(s.iter_unpack(bytes(12))))
struct._clearcache()

class Idx:
    def __index__(self):
        return 42

print(struct.pack("<i", Idx()), struct.pack("<d", 3), struct.pack("?", []), struct.pack("?", "x"))


def err(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)


err(struct.unpack, "<i", b"abc")
err(struct.unpack, "<i", "abcd")
err(struct.pack, "<i", 2**40)
err(struct.pack, "i", 2**40)
err(struct.pack, "<I", -1)
err(struct.pack, "<q", 2**64)
err(struct.pack, "<Q", -1)
err(struct.pack, "b", 128)
err(struct.pack, "B", 256)
err(struct.pack, "h", 2**15)
err(struct.pack, "H", -1)
err(struct.pack, "<l", 2**31)
err(struct.pack, "<L", 2**32)
err(struct.pack, "i", "x")
err(struct.pack, "i", 1.5)
err(struct.pack, "d", "x")
err(struct.pack, "<f", 1e300)
err(struct.pack, "<e", 1e10)
err(struct.pack, "c", b"ab")
err(struct.pack, "c", "a")
err(struct.pack, "s", 1)
err(struct.pack, "p", 1)
err(struct.pack, "z")
err(struct.calcsize, "<n")
err(struct.calcsize, "12")
err(struct.pack, "ii", 1)
err(struct.pack, "i", 1, 2)
err(struct.pack)
err(struct.pack, 1)
err(struct.Struct, 5)
err(struct.pack_into, "i")
err(s.pack_into, bytearray(6))
err(s.pack_into, bytearray(6), 0)
err(s.pack_into, bytearray(6), 1, 1, 1)
err(s.pack_into, bytearray(6), -2, 1, 1)
err(s.pack_into, bytearray(6), -20, 1, 1)
err(s.pack_into, b"abcdef", 0, 1, 1)
err(s.unpack_from, b"abc")
err(s.unpack_from, b"abcdefgh", 4)
err(s.unpack_from, b"abcdefgh", -10)
err(struct.iter_unpack, "", b"")
err(struct.iter_unpack, "<h", b"abc")
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error)
