# int ** int: exact big results, negative exponents give floats, zero and sign corners

print(2**0, 2**1, 2**10, 2**64, 2**100, (-2) ** 63, (-2) ** 64, (-3) ** 3, 0**0, 0**5, 1**10**6)
print(10**-1, 2**-2, (-2) ** -3, 10**-10, 2**-1074, 2**-1075, 2**-1100, 1**-5, (-1) ** -7)
print(type(2**-1).__name__, type(2**3).__name__, type(True**2).__name__, True**-1)
print(3**100, 7**77 % 10**10, len(str(9**999)), str(2**1000)[:20], str(2**1000)[-10:])
print((-1) ** (10**20), (-1) ** (10**20 + 1), 0 ** (10**20), 1 ** (10**30))
print((2**64) ** 2 == 2**128, (10**10) ** 10 == 10**100, (-(10**5)) ** 5)
print(pow(-2, 2**7), 2 ** 3 ** 2, (2**3) ** 2, -2**2, (-2) ** 2)
print(2**0.5, 4**0.5, (-4) ** 0.5, 8 ** (1 / 3), 10**-0.0, 0**0.0)
print(10**308 * 1.0, 2**1023 * 1.5)
print(2**-1 + 2**-2, 1 / 2**-3, 2**-(2**3))

for base, exp in [(0, -1), (0, -(10**20)), (0, -0.5)]:
    try:
        print(base**exp)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for base, exp in [(10, -400), (2, -(10**20))]:
    print(base**exp)
for base, exp in [(2, 10**5), (10, 4000)]:
    r = base**exp
    print(r.bit_length(), r % 1000)
try:
    print(10.0 ** (2**70))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10**400))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10**-(10**20))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((10**400) ** -1)
except OverflowError as e:
    print(type(e).__name__, e)

x = 3
x **= 3
print(x)
x **= -1
print(x)
for a, b in [(2, "3"), ("2", 3), (2, None), ([2], 2)]:
    try:
        print(a**b)
    except TypeError as e:
        print(type(e).__name__, e)
print((2).__pow__(10), (2).__rpow__(10), (2).__pow__(10, 7), (2).__pow__(0.5), (2).__pow__(-1))
print([(-2) ** k for k in range(-3, 4)])
print([k**k for k in range(8)])
print(pow(2, 100, 10**9), pow(-7, 3, 10), pow(7, -1, 10), pow(3, 10**20, 10**9 + 9))
print(sum(2**i for i in range(64)) == 2**64 - 1, 2**64 - 1 == 18446744073709551615)
