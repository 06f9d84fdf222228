# math integer functions: factorial, comb, perm, isqrt, gcd, lcm (several args) with error messages
import math

print([math.factorial(n) for n in range(11)], math.factorial(30), len(str(math.factorial(1000))))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(10, 11), math.comb(100, 50), math.comb(0, 0))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(5, 6), math.perm(20, 10), math.perm(0))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 2**127]], math.isqrt(10**100 - 1))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.gcd(2**100, 6**50))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(7), math.lcm(2, 3, 4, 5), math.lcm(2**64, 3**40) == 2**64 * 3**40)
print(math.gcd(True, 4), math.lcm(True, 9), math.factorial(True), math.comb(True, False), math.isqrt(True))
errors = [
    lambda: math.factorial(-1),
    lambda: math.factorial(2.0),
    lambda: math.factorial(2.5),
    lambda: math.factorial("3"),
    lambda: math.comb(-1, 2),
    lambda: math.comb(5, -1),
    lambda: math.comb(5.0, 2),
    lambda: math.perm(-1),
    lambda: math.perm(5, -2),
    lambda: math.isqrt(-1),
    lambda: math.isqrt(4.0),
    lambda: math.gcd(1.5, 2),
    lambda: math.lcm(2, "4"),
    lambda: math.comb(5),
    lambda: math.factorial(10**20),
]
for fn in errors:
    try:
        print(fn())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 6


print(math.factorial(Idx()), math.comb(Idx(), 3), math.gcd(Idx(), 4), math.isqrt(Idx()), math.perm(Idx(), 2))
for n in range(1, 8):
    row = [math.comb(n, k) for k in range(n + 1)]
    print(" ".join(str(v) for v in row).center(40))
print(sum(math.comb(20, k) for k in range(21)) == 2**20, math.perm(10, 3) == math.factorial(10) // math.factorial(7))
print(all(math.isqrt(k * k) == k and math.isqrt(k * k - 1) == k - 1 for k in range(1, 2000)))
print(math.gcd(*range(6, 100, 6)), math.lcm(*range(1, 21)), math.factorial(20) // math.lcm(*range(1, 21)))
print(type(math.gcd(2, 4)).__name__, type(math.factorial(5)).__name__, type(math.isqrt(10)).__name__)
