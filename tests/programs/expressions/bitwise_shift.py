# Unary and binary bitwise operators and shifts on ints, bools and huge values.

print(~0, ~1, ~-1, ~255, ~(2 ** 100))
print(12 & 10, 12 | 10, 12 ^ 10, -12 & 10, -12 | 10, -12 ^ 10, -12 & -10, -12 | -10, -12 ^ -10)
print(2 ** 70 & 2 ** 70 - 1, (2 ** 70 + 5) & 0xFF, -(2 ** 70) | 1, (2 ** 100) ^ (2 ** 100 + 7))
print(-1 & 0xFFFFFFFFFFFFFFFFFF, -1 ^ (2 ** 80), (-2 ** 80) & -(2 ** 40))
print(1 << 0, 1 << 10, 1 << 64, 1 << 100, -1 << 3, 5 << 2)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 1 >> 100, -7 >> 1, 7 >> 1, (2 ** 100) >> 90, -(2 ** 100) >> 99)
print(0 << 10 ** 6, 0 >> 10 ** 20, 1 >> 10 ** 20, -1 >> 10 ** 20)

# Bools: bitwise ops between bools give bools; with ints give ints.
print(True & False, True | False, True ^ True, type(True & True).__name__, True & 3, ~True, ~False)
print(type(True << 1).__name__, True << 1, False >> 1)

# Errors.
for expr in ["1 << -1", "1 >> -1", "1.0 << 1", "1 & 1.0", "'a' | 1", "~1.5",
             "[1] ^ [2]", "None & None"]:
    try:
        print(expr, "=", eval(expr))
    except (ValueError, TypeError, OverflowError, MemoryError) as e:
        print(expr, "->", type(e).__name__ + ":", e)

# Sets and dicts overload the same operators.
a, b = {1, 2, 3}, {2, 3, 4}
print(a & b, a | b, a ^ b, a - b, frozenset(a) & b, type(frozenset(a) | b).__name__)
print({"x": 1} | {"y": 2}, {"x": 1, "y": 2} | {"x": 3})
print({1: 1}.keys() & {1, 2}, {1: 1}.keys() | {2}, {1: 1, 2: 2}.keys() ^ {2, 3}, {1: 1}.items() & {(1, 1)})

# Precedence: shifts bind tighter than &, which binds tighter than ^, then |.
print(1 | 2 ^ 3 & 4 << 1, ((1 | (2 ^ (3 & (4 << 1))))), 1 + 2 << 3, 1 + (2 << 3), -1 << 2, ~1 << 2)
print(6 & 3 == 2, 6 & (3 == 2))

# Augmented forms.
x = 0b1010
x &= 0b0110
x |= 0b1000_0000
x ^= 0xFF
x <<= 4
x >>= 2
print(x, bin(x))

# Bit tricks on big numbers.
n = 2 ** 200 - 1
print(n & (n - 1) == 0, (n + 1) & n == 0, bin(n).count("1"), n.bit_length(), (-n).bit_length())
print((12345678901234567890 >> 32) << 32 == 12345678901234567890 & ~0xFFFFFFFF)
print([bin(i) for i in (-5, -1, 0, 5)], [hex(-i) for i in (255, 2 ** 64)])
