# binascii: hex, base64, uu, qp and the CRCs, with their errors.
import binascii


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


data = bytes(range(256))
print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b""))
for sep, n in [("-", 1), (b":", 2), ("_", -2), (" ", 3), ("|", -3), (".", 10), ("x", 0)]:
    print(sep, n, binascii.hexlify(b"\x01\x02\x03\x04\x05", sep, n))
print(binascii.hexlify(bytearray(b"ab"), sep="-"), binascii.hexlify(memoryview(b"xyz")[1:]))
show(binascii.hexlify, b"abc", "ab")
show(binascii.hexlify, b"abc", 1)
show(binascii.hexlify, b"abc", "\u1234")
show(binascii.hexlify, "abc")
show(binascii.hexlify, memoryview(b"abcd")[::2])
print(binascii.unhexlify(b"01abFF"), binascii.a2b_hex("deadbeef"), binascii.unhexlify(bytearray(b"00")))
show(binascii.unhexlify, b"abc")
show(binascii.unhexlify, "zz")
show(binascii.unhexlify, "\xe9\xe9")
show(binascii.unhexlify, 12)
show(binascii.unhexlify)
print(binascii.hexlify(data) == data.hex().encode())

for n in range(0, 8):
    enc = binascii.b2a_base64(data[:n])
    print(n, enc, binascii.b2a_base64(data[:n], newline=False), binascii.a2b_base64(enc) == data[:n])
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)
for s in [b"YWJj", b"YW Jj\n", b"YWI=", b"YQ==", b"YQ==YWJj", b"YQ", b"YWJjZ", b"Y===", b"=YWJj", b"YW=Jj", b"Y!W*J-j", "YWJj", b"", b"YWJ=\n"]:
    show(binascii.a2b_base64, s)
    show(binascii.a2b_base64, s, strict_mode=True)
show(binascii.a2b_base64, "\xe9")
show(binascii.a2b_base64, 3.5)
show(binascii.b2a_base64, "abc")
show(binascii.b2a_base64, b"abc", b"x")
show(binascii.b2a_base64, b"abc", newline=None)

for n in [0, 1, 2, 3, 44, 45]:
    line = binascii.b2a_uu(data[:n])
    print(n, line, binascii.b2a_uu(data[:n], backtick=True), binascii.a2b_uu(line) == data[:n])
show(binascii.b2a_uu, data[:46])
show(binascii.a2b_uu, b"")
show(binascii.a2b_uu, b"#86)C\n")
show(binascii.a2b_uu, b"#86)C  \n")
show(binascii.a2b_uu, b"#86)Cxyz")
show(binascii.a2b_uu, b"#8\x01)C")
show(binascii.a2b_uu, b"$86)C")

for s in [b"hello world", b"a=b\tc \n", b"trailing space \r\nnext\r\n", b"\x00\xff_x y", b"." , b".\nx", b"x" * 100, b"tab\t", b"a" * 74 + b"=", "caf\xe9".encode()]:
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}]:
        enc = binascii.b2a_qp(s, **kw)
        print(enc, binascii.a2b_qp(enc, header=kw.get("header", False)) == s)
for s in [b"a=3Db", b"a=\nb", b"a=\r\nb", b"a==b", b"a=zz", b"a=4", b"a=", b"a_b", "x=41"]:
    print(binascii.a2b_qp(s), binascii.a2b_qp(s, header=True))
show(binascii.b2a_qp, "abc")

print(binascii.crc32(b""), binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"hello world"))
print(binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2**40 + 5), binascii.crc32(data * 100))
print(binascii.crc_hqx(b"", 0), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"hello", 0x1234), binascii.crc_hqx(b"x", -1))
show(binascii.crc32, "abc")
show(binascii.crc32, b"abc", 1.5)
show(binascii.crc_hqx, b"abc")
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
