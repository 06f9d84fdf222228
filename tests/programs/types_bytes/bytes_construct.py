# constructing bytes/bytearray: sizes, iterables, str+encoding, buffer protocol, fromhex, errors

print(bytes(), bytes(0), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(5)), bytes(b"copy"))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("x", encoding="latin-1"), bytes(bytearray(b"ba")))
print(bytes(memoryview(b"mv")), bytes(iter([1, 2])), bytes(x for x in (104, 105)), bytes([True, False]))
print(bytearray(), bytearray(2), bytearray(b"ab"), bytearray([120, 121]), bytearray("é", "utf-8"), bytearray(range(3)))
print(b"lit" b"eral", b"\x00\xff\n\t\\", b'single', rb"raw\n", br"\x00", len(b"\x00\x01"), b"" == bytes())


class Idx:
    def __index__(self):
        return 65


class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"


class BadBytes:
    def __bytes__(self):
        return "not bytes"


print(bytes([Idx(), 66]), bytes(WithBytes()), bytes(WithBytes()).upper())
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)

cases = [
    lambda: bytes(-1),
    lambda: bytearray(-5),
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes([1.5]),
    lambda: bytes(["a"]),
    lambda: bytes("abc"),
    lambda: bytes(5, "utf-8"),
    lambda: bytes(b"x", "utf-8"),
    lambda: bytes(1.5),
    lambda: bytes(None),
    lambda: bytes("\u20ac", "ascii"),
    lambda: bytes([1], "utf-8"),
    lambda: bytes(object()),
    lambda: bytearray("x"),
    lambda: bytes(2**70),
    lambda: bytes("x", errors="strict"),
]
for fn in cases:
    try:
        print(fn())
    except (TypeError, ValueError, OverflowError, UnicodeEncodeError, MemoryError) as e:
        print(type(e).__name__, e)

print(bytes.fromhex("48656c6c6f"), bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytes.fromhex("  00ff  "), bytearray.fromhex("0a0B"))
for bad in ["0", "zz", "0 0", "0g", "\u00e9e", "12 3"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print(type(e).__name__, e)


class MyBytes(bytes):
    pass


mb = MyBytes(b"sub")
print(mb, type(mb).__name__, type(MyBytes.fromhex("00")).__name__, type(mb + b"x").__name__, type(mb[0:1]).__name__)
print(bytes(3) == b"\x00\x00\x00", bytearray(3) == bytes(3), bytes(bytearray(b"q")) is not None, type(bytes(mb)).__name__)
print(list(b"AZ"), tuple(bytearray(b"\x01\x02")), b"abc"[1], b"abc"[1:2], bytearray(b"abc")[-1], bytearray(b"abc")[:1])
