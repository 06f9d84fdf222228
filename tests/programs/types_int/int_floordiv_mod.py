# int // and %: floor semantics for every sign combination and huge operands

for a in [7, -7, 0, 1, -1, 6, -6]:
    row = []
    for b in [3, -3, 1, -1, 7, -7]:
        row.append("%d//%d=%d %d%%%d=%d" % (a, b, a // b, a, b, a % b))
    print("  ".join(row))

big = 2**100 + 12345
for b in [3, -3, 2**64, -(2**64), 10**30 + 7, -(10**30) - 7]:
    for a in [big, -big]:
        q, r = a // b, a % b
        print(q, r, q * b + r == a, (r == 0) or ((r > 0) == (b > 0)), divmod(a, b) == (q, r))

print(10**50 // 10**25, -(10**50) // 10**25, 10**50 // -(10**25 + 1), (10**50 + 1) % 10**25)
print(-1 // 2**100, 1 // -(2**100), -1 % 2**100 == 2**100 - 1, 1 % -(2**100) == 1 - 2**100)
print(0 // 5, 0 % -5, -0 // 5, 5 // 10**40, -5 // 10**40, -5 % 10**40)
print(True // 2, True % 2, 7 // True, -7 % True, False // 3)
print(2**64 // 2**32, 2**64 % (2**32 - 1), (2**128 - 1) // (2**64 + 1))

for b in [0, False, -0]:
    try:
        print(5 // b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(5 % b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    print(10**100 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

x = 17
x //= 5
print(x)
x %= 2
print(x)
x = -17
x //= 5
print(x)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.5, 10**20 // 3.0, 10**20 % 3.0)
for a, b in [("7", 2), (7, "2"), (7, None), (7, [1])]:
    try:
        a // b
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        a % b
    except TypeError as e:
        print(type(e).__name__, e)
print((-13).__floordiv__(4), (-13).__mod__(4), (4).__rfloordiv__(-13), (4).__rmod__(-13))
print((5).__floordiv__(2.0), (5).__mod__("x"))
print([n % 3 for n in range(-6, 7)])
print([n // 3 for n in range(-6, 7)])
print([n % -3 for n in range(-6, 7)])
print(-(2**63) // -1, -(2**63) % -1, (-(2**63)) // 1)
