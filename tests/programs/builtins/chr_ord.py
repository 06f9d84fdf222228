# chr() and ord(): ranges, unicode, surrogates, errors

print(chr(0) == "\x00", chr(65), chr(97), chr(48), repr(chr(127)), chr(0xE9), chr(0x4E2D))
print(chr(0x1F600), repr(chr(0x10FFFF)), repr(chr(0xD800)), repr(chr(0xDFFF)))
print(ord("A"), ord("a"), ord("\n"), ord("\x00"), ord("\u00e9"), ord("\u4e2d"), ord("\U0001F600"))
print(ord(b"A"), ord(b"\xff"), ord(bytearray(b"z")), ord("\U0010FFFF"))
print([ord(c) for c in "héllo"], "".join(chr(i) for i in range(0x41, 0x5B)))
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
print(chr(True), ord(chr(255)), len(chr(0x10000)))


class Idx:
    def __index__(self):
        return 0x263A


print(chr(Idx()))

for arg in [-1, 0x110000, 2**64, -(2**70)]:
    try:
        chr(arg)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for arg in [65.0, "A", None]:
    try:
        chr(arg)
    except TypeError as e:
        print(type(e).__name__, e)

for arg in ["", "ab", b"", b"ab", bytearray(), "\U0001F600x"]:
    try:
        ord(arg)
    except TypeError as e:
        print(type(e).__name__, e)
for arg in [65, None, ["a"], 1.5]:
    try:
        ord(arg)
    except TypeError as e:
        print(type(e).__name__, e)


class StrSub(str):
    pass


print(ord(StrSub("Z")))
try:
    chr()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("a", "b")
except TypeError as e:
    print(type(e).__name__, e)

# round trip across categories
for cp in [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000]:
    c = chr(cp)
    print(hex(cp), len(c.encode("utf-8")), ord(c) == cp)
print(sorted([chr(0x10000), chr(0xFFFF), chr(0x7F), chr(0xD800)]) == [chr(0x7F), chr(0xD800), chr(0xFFFF), chr(0x10000)])
print(chr(0x41) < chr(0x61), max("Zaz"), min("Zaz"))
