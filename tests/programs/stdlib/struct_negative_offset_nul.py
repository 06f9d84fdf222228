# Negative offsets of pack_into/unpack_from and NUL characters in formats.
import struct

b = bytearray(10)
cases = [
    (struct.pack_into, ("<I", b, -2, 123)), (struct.pack_into, ("<B", b, -11, 123)),
    (struct.unpack_from, ("<I", b, -2)), (struct.unpack_from, ("<B", b, -11)),
    (struct.unpack_from, ("<I", b, -3)), (struct.unpack_from, ("<I", b, -4)),
    (struct.unpack_from, ("<I", b, -10)), (struct.unpack_from, ("<I", b, -11)),
    (struct.unpack_from, ("<I", b, 8)), (struct.pack_into, ("<I", b, 8, 1)),
    (struct.Struct("<H").unpack_from, (b, -1)), (struct.Struct("<H").unpack_from, (b, -2)),
    (struct.calcsize, ("\0",)), (struct.calcsize, ("2\0i",)), (struct.calcsize, (b"\0",)),
    (struct.Struct, ("i\0",)), (struct.pack, ("\0",)), (struct.unpack, ("i\0", b"")),
]
for f, a in cases:
    try:
        print(f(*a))
    except struct.error as e:
        print("error", e)
