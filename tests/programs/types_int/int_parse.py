# int(str, base): prefixes, underscores, whitespace, signs, unicode digits, base 0 rules

cases = [
    ("0", 10), ("-0", 10), ("+17", 10), ("  42  ", 10), ("\t\n-9\r\f\v", 10), ("1_000_000", 10),
    ("0x1F", 16), ("1f", 16), ("0X1f", 16), ("-0xff", 16), ("0b101", 2), ("101", 2), ("0o17", 8),
    ("17", 8), ("z", 36), ("ZZ", 36), ("10", 36), ("11", 3), ("777", 8), ("0x_ff", 16), ("0b_1_0", 2),
    ("0", 0), ("00", 0), ("0_0", 0), ("123", 0), ("0x10", 0), ("0o10", 0), ("0b10", 0), ("-0b11", 0),
    ("1_2_3", 0), ("\u0661\u0662\u0663", 10), ("\uff11\uff12", 10), ("\u0967\u0966", 10),
    (" \u2003 12 \u3000", 10), ("9" * 40, 10), ("-" + "f" * 30, 16), ("1" * 64, 2),
]
for s, base in cases:
    print(repr(s), base, int(s, base))

print(int("12"), int(" -12 "), int(b"34"), int(bytearray(b"-56")), int(b" 0x10 ", 16), int(b"z", 36))
print(int("10", base=2), int("11", base=16))
print(int(), int(0), int(-0), int(True), int(False), int(3.99), int(-3.99), int(1e20), int(-0.5))
print(int(2**70), int("  +0000123"), int("0" * 50), int("-" + "0" * 10))
print([int("10", b) for b in range(2, 37)])
print(int("Hello", 36), int("python", 36), int("W3ft", 36))


class Idx:
    def __index__(self):
        return 16


print(int("ff", Idx()), int("ff", base=Idx()))
print(int("1" + "0" * 100) == 10**100, int("-1" + "0" * 100) == -(10**100))
print(int("0x" + "f" * 100, 16) == 16**100 - 1, int("0b" + "1" * 300, 0) == 2**300 - 1)
big = "123456789" * 50
print(int(big) % 1000007, len(str(int(big))))


class StrSub(str):
    pass


print(int(StrSub("99")), int(StrSub("0x7f"), 0))
print(int(bytes(memoryview(b"123"))))
print(int("١٢٣"), int("٠"), int("𝟏𝟐𝟑"))
print(int("1_1", 2), int("7_7", 8), int("f_f", 16), int("0_7", 8))
print(int("0O12", 0), int("0B11", 0), int("0Xa", 0), int("-0o0", 0))
