import struct

s = struct.Struct.__new__(struct.Struct)
print(repr(s.format), s.size)


class S(struct.Struct):
    def __init__(self, n):
        super().__init__("<%di" % n)


t = S(3)
print(t.size, t.format, t.pack(1, 2, 3))
s = struct.Struct("i")
s.__init__("<q")
print(s.size, s.format)

it = struct.iter_unpack("b", b"123")
print(it.__length_hint__(), type(it).__module__, type(it), iter(it) is it)
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(struct.Struct("<hh").iter_unpack(bytearray(b"\x01\x00\x02\x00"))))
for f in [lambda: type(it)(), lambda: struct.Struct(), lambda: struct.Struct("z"),
          lambda: struct.Struct.pack(1), lambda: struct.Struct("i").unpack(b"1234", b"x")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

buf = bytearray(8)
view = memoryview(buf).cast("i")
struct.pack_into("<hh", view, 4, 1, 2)
print(buf, struct.unpack_from("<i", view, 4), view[1])
struct.pack_into("<b", memoryview(buf)[2:5], 1, -1)
print(buf)
try:
    struct.pack_into("<b", memoryview(buf)[::2], 0, 1)
except Exception as e:
    print(type(e).__name__, e)
