# Integer literals: every base, underscores, huge values and the tokenizer's error messages.

print(0, 00, 0_0, 000)
print(7, 1_000_000, 1_2_3)
print(0x1F, 0X1f, 0xdead_beef, 0x_ff)
print(0o17, 0O17, 0o_7_7)
print(0b1010, 0B1010, 0b_1_0)
print(-0x80, +0b1, ~0o7)

big = 123_456_789_012_345_678_901_234_567_890
print(big, type(big).__name__)
print(0xFFFF_FFFF_FFFF_FFFF_FFFF, 0o7777777777777777777777777777)
print(0b1111111111111111111111111111111111111111111111111111111111111111111)
print(18446744073709551616 - 1, -9223372036854775808)
print(99999999999999999999999999999999999999 * 10 + 9)

# A literal is a single token: attribute access needs a space or parentheses.
print(1 .real, (2).imag, 0x10 .bit_length())
print(1..hex() if False else 1. .is_integer())

# True/False are ints too.
print(True + True, False * 5, 0x1 == True)

def check(src):
    try:
        value = eval(src)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)
    except NameError as e:
        print(repr(src), "->", type(e).__name__, e)
    else:
        print(repr(src), "->", repr(value))

for src in [
    "0",
    "00000",
    "0_0",
    "012",
    "0_1",
    "1__0",
    "1_",
    "_1",
    "0x",
    "0x_",
    "0xg",
    "0x1_",
    "0o8",
    "0o19",
    "0o",
    "0b2",
    "0b12",
    "0b",
    "1a",
    "1.real",
    "0b1.0",
    "0x1.0",
    "1_000_000",
    "0xABCDEFabcdef",
    "0O777",
    "123456789012345678901234567890",
]:
    check(src)

# Huge literals work beyond 64 bits and round-trip through repr.
for n in [2**63 - 1, 2**63, 2**64, 2**64 + 1, 10**30, -(10**40)]:
    print(n, eval(repr(n)) == n, hex(n), oct(n)[:12])
