# repr of bytes/bytearray: escape rules for every byte value, quote selection

print(repr(bytes(range(0, 32))))
print(repr(bytes(range(32, 127))))
print(repr(bytes(range(127, 160))))
print(repr(bytes(range(250, 256))))
for b in [b"", b"'", b'"', b"'\"", b"\\", b"\t\n\r", b"\x0b\x0c", b"\x00", b"it's", b'say "x"', b"a'b\"c"]:
    print(repr(b), repr(bytearray(b)), str(b), ascii(b), len(repr(b)))
print(repr(b"\x7f"), repr(b"\x80"), repr(b"~"), repr(b" "), repr(b"\xe9t\xe9"), "caf\u00e9".encode())
print([repr(bytes([i])) for i in (7, 8, 9, 10, 11, 12, 13, 27, 92)])
print(eval(repr(bytes(range(256)))) == bytes(range(256)), eval(repr(bytearray(b"\x00'\""))) == bytearray(b"\x00'\""))


class MyBytes(bytes):
    pass


class MyArray(bytearray):
    pass


print(repr(MyBytes(b"x")), repr(MyArray(b"y")), str(MyArray(b"z")), repr(memoryview(b"m")).startswith("<memory at 0x"))
print(f"{b'abc'!r}", f"{b'abc'!s}", f"{b'abc'!a}", "%r" % bytearray(b"q"), [b"a", bytearray(b"b")], (b"t",), {b"k": b"v"})
print(b"\\N{x}", b"\u00e9", len(b"\u00e9"), b"\x41\102\x43")
for value in [b"abc", b"\x00\x01", bytes(3), b"A" * 5]:
    print(value, value.hex(), list(value), value.decode("latin-1").encode("latin-1") == value)
print(repr(b"\r\n".join([b"line1", b"line2"])), repr(b"\t".join([b"a", b"b"])))
text = b"Mixed: \x00 NUL, \x7f DEL, \xff high, 'single', \"double\""
print(repr(text))
print(repr(bytearray(text)))
print(repr(text.decode("latin-1")))


def dump(data, width=8):
    for offset in range(0, len(data), width):
        chunk = data[offset : offset + width]
        hexpart = " ".join("%02x" % b for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print("%04x  %-*s  %s" % (offset, width * 3 - 1, hexpart, text))


dump(b"Hello\x00World\xff\x10 bytes!\n")
dump(bytes(range(60, 80)), 10)
for i in (0, 9, 10, 13, 31, 39, 92, 127, 128, 255):
    print(i, repr(bytes([i])), repr(bytearray([i])), bytes([i]).hex())
