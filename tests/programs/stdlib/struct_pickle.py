import pickle
import struct

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = [1, -1, 255, 256, 65536, 2**31, -2**31 - 1, 2**70, "a", "héllo", b"\x00\xff", 2.5, -0.0, None,
            True, (1, (2,)), {"k": [3]}, {1, 2}, frozenset([3]), bytearray(b"xy"), 1 + 2j]
    out = pickle.loads(pickle.dumps(data, protocol=proto))
    print(proto, out == data, out)

print(pickle.loads(pickle.dumps([1, 'a', (2.5, None)])))
s = struct.Struct(format="<2H")
print(s.unpack_from(buffer=b"\x00\x01\x00\x02\x00\x03", offset=2))
print(struct.unpack_from("<H", b"\x01\x00\x02\x00", 2))


class S(struct.Struct):
    pass


t = S(">i")
print(type(t).__name__, t.pack(-2), t.size, t.format)
print(struct.pack("=?", 5), struct.unpack("??", b"\x00\x02"))
print(struct.pack("<Q", 2**64 - 1), struct.unpack("<q", b"\xff" * 8))
print(struct.pack(">d", float("inf")), struct.unpack(">f", struct.pack(">f", 0.1)))
it = struct.iter_unpack("b", b"\x01\x02\x03")
print(next(it), list(it))
print(struct.calcsize("  i  \n h "), struct.pack("0s", b"abc"), struct.unpack("0s", b""))
try:
    struct.pack("i", None)
except struct.error as e:
    print("error", e)
try:
    struct.calcsize("P" * 0 + "<P")
except struct.error as e:
    print("error", e)
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
print(pickle.loads(pickle.dumps(P(3))).x, pickle.loads(pickle.dumps(1.5e300, 0)), pickle.dumps(2**40, 2))
import copyreg, io
f = io.BytesIO(); pickle.Pickler(f, 4).dump({"a": list(range(300))}); f.seek(0); print(len(pickle.Unpickler(f).load()["a"]))
