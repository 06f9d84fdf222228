# bitwise & | ^ ~ on ints: two's complement semantics for negatives and huge values

vals = [0, 1, -1, 5, -5, 0xFF, -256, 2**64 - 1, -(2**64), 2**100 + 3, -(2**100) - 7]
for a in vals[:7]:
    print(a, [a & b for b in vals[:7]])
    print(a, [a | b for b in vals[:7]])
    print(a, [a ^ b for b in vals[:7]])
for a in vals[7:]:
    for b in [-1, 1, 0xF0F0, -(2**70) + 1, 2**64 - 1]:
        print(a & b, a | b, a ^ b)
print([~v for v in vals])
print(~0, ~-1, ~(2**64), ~~12345, -(~5), ~5 + 1 == -5)
print(-1 & 0xFFFFFFFF, -2**31 & 0xFFFFFFFF, (-(2**63)) & (2**64 - 1), -12345 & 0xFFFF)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, 0xDEAD ^ 0xBEEF)
print(True & False, True | False, True ^ True, type(True & True).__name__, True & 3, 2 | False)
print(type(True ^ 1).__name__, ~True, -True)
x = 0b1111
x &= 0b1010
x |= 0b0100
x ^= 0b0001
print(bin(x))
m = 2**200 - 1
print((m & -m) == 1, (2**150 & -(2**150)) == 2**150, (m ^ m) == 0, (m | -m) == -1)
print(sum(1 for i in range(300) if (2**300 - 1) >> i & 1))

for a, b in [(1, 1.0), (1.0, 1), (1, "1"), ("1", 1), (None, 1), (1, [1])]:
    for sym, op in [("&", lambda p, q: p & q), ("|", lambda p, q: p | q), ("^", lambda p, q: p ^ q)]:
        try:
            op(a, b)
        except TypeError as e:
            print(type(e).__name__, e)
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (6).__rand__(3), (6).__and__(1.0), (6).__invert__())
print({1, 2} & {2, 3}, sorted({1, 2} | {3}), {1, 2} ^ {2, 3}, {"a": 1} | {"b": 2})
print(hex(0xF0F0F0F0F0F0F0F0F0F0 & ~0xFF), hex(-0x10 & 0xFFFF), hex(-0x8000000000000000 | 1))


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


print([popcount(v) for v in [0, 1, 255, 2**64 - 1, 2**100 + 2**50 + 1]])


def lowest_bit(n):
    return n & -n


print([lowest_bit(v) for v in [1, 6, 12, 2**70 + 2**65, -8]])
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC), flags & ~READ, flags ^ (READ | WRITE))
mask64 = (1 << 64) - 1
print((-5) & mask64, ((-5) & mask64) - (1 << 64), (~0) & mask64 == mask64)
a, b = 0x12345678, 0x9ABCDEF0
a ^= b
b ^= a
a ^= b
print(hex(a), hex(b))
print(all((x & y) + (x | y) == x + y for x in range(-20, 20) for y in range(-20, 20)))
print(all(x ^ y == (x | y) - (x & y) for x in range(-20, 20) for y in range(-20, 20)))
print(all(~x == -x - 1 for x in [0, 5, -5, 2**80, -(2**80)]))
print([(n, n & 0xF, n >> 4 & 0xF) for n in (0xAB, 0x1F, 0x100)])
