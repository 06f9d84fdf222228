# << and >>: arithmetic right shift of negatives, huge shifts, errors

for a in [0, 1, -1, 5, -5, 255, -256, 2**63, -(2**63), 10**30, -(10**30)]:
    print(a, [a << s for s in (0, 1, 3, 64)], [a >> s for s in (0, 1, 3, 64, 200)])
print(1 << 100, -1 << 100, (1 << 100) >> 99, -(1 << 100) >> 99, (2**100 + 1) >> 100)
print(-1 >> 1, -1 >> 1000, -2 >> 1, -3 >> 1, -(2**200) >> 199, -(2**200) - 1 >> 199, 7 >> 10**20, -7 >> 10**20)
print(0 << 10**20, 0 << 2**100, 0 >> 2**100, 1 >> 2**100, -1 >> 2**100)
print(True << 3, False << 3, True >> 1, 5 >> True, 1 << True, type(True << 1).__name__)
x = 1
x <<= 10
x >>= 3
print(x)
print(int("1" * 100, 2) >> 90, int("1" * 100, 2) << 1 == int("1" * 100 + "0", 2))
print([1 << i for i in range(0, 70, 7)])
print([(-(10**20)) >> i for i in range(0, 80, 16)])
print(2**64 >> 32 << 32 == 2**64, (2**64 + 5) >> 32 << 32)

for a, b in [(1, -1), (-1, -5), (2**100, -1), (1, -(2**100))]:
    try:
        print(a << b)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(a >> b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    1 << 2**100
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
for a, b in [(1, 1.0), (1.0, 1), (1, "2"), ("a", 1), (None, 1)]:
    try:
        print(a << b)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(a >> b)
    except TypeError as e:
        print(type(e).__name__, e)
print((5).__lshift__(2), (5).__rshift__(1), (2).__rlshift__(5), (2).__rrshift__(20), (5).__lshift__(1.0))
print([b for b in range(16) if (0b1011001010 >> b) & 1])
n = 0
for bit in [0, 5, 64, 100]:
    n |= 1 << bit
print(n, n.bit_length(), bin(n).count("1"))
print(-5 >> 1 == -5 // 2, -(2**70) >> 3 == -(2**70) // 8, -(2**70 + 1) >> 3 == (-(2**70 + 1)) // 8)
