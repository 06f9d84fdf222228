# int.to_bytes / int.from_bytes: byteorder, signed, lengths, defaults and errors

print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((0).to_bytes(0, "big"), (0).to_bytes(3, "little"), (255).to_bytes(1, "big"), (1).to_bytes())
print((-1).to_bytes(1, "big", signed=True), (-1).to_bytes(4, "little", signed=True))
print((-128).to_bytes(1, "big", signed=True), (127).to_bytes(1, "big", signed=True))
print((-129).to_bytes(2, "big", signed=True), (2**64 - 1).to_bytes(8, "big"), (2**64).to_bytes(9, "little"))
print((0x0102030405).to_bytes(5, "big"), (0x0102030405).to_bytes(8, "little"), (65).to_bytes(1, "big"))
print((-(2**63)).to_bytes(8, "big", signed=True), (2**100).to_bytes(13, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b""))
print(int.from_bytes(b"\xff", "big"), int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"\x80\x00", "big", signed=True))
print(int.from_bytes(b"\x00\x80", "little", signed=True), int.from_bytes(b"\xff" * 16, "big"), int.from_bytes(b"\xff" * 16, "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"), int.from_bytes((255, 0), "little"))
print(int.from_bytes(memoryview(b"\x12\x34"), "big"), int.from_bytes(iter([1, 0]), "big"), int.from_bytes(b"\x01\x02"))
print(int.from_bytes(b"", "big", signed=True), int.from_bytes(b"\x00\x00\x01", byteorder="little"))
for n in [0, 1, -1, 255, -256, 2**63, -(2**63), 10**30, -(10**30)]:
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, "big", signed=True)
    print(n, b.hex(), int.from_bytes(b, "big", signed=True) == n, int.from_bytes(b[::-1], "little", signed=True) == n)

for call in [
    lambda: (256).to_bytes(1, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (-129).to_bytes(1, "big", signed=True),
    lambda: (-1).to_bytes(4, "big"),
    lambda: (1).to_bytes(0, "big"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: (1).to_bytes(1, "middle"),
    lambda: int.from_bytes(b"\x01", "BIG"),
    lambda: (1).to_bytes(1, 5),
    lambda: int.from_bytes("abc", "big"),
    lambda: int.from_bytes(5, "big"),
    lambda: int.from_bytes([256], "big"),
    lambda: int.from_bytes([-1], "big"),
    lambda: (1).to_bytes(1.0, "big"),
    lambda: (1).to_bytes(1, "big", True),
]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)


class MyInt(int):
    pass


r = MyInt.from_bytes(b"\x01\x00", "big")
print(r, type(r).__name__, bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big"))
print(True.to_bytes(2, "little"), (300).to_bytes(length=2, byteorder="big", signed=False))
