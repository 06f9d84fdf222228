# int + - * and unary ops across small, word-boundary and huge values
import sys

vals = [0, 1, -1, 7, -7, 2**31 - 1, -(2**31), 2**63 - 1, -(2**63), 2**64, -(2**64) - 1, 10**40, -(3**90)]
for a in vals:
    print(a, -a, +a, ~a, a + 1, a - 1, a * 2, a * -3)

print(sys.maxsize + 1, -sys.maxsize - 2, sys.maxsize * sys.maxsize)
print((2**64 - 1) * (2**64 - 1), (10**20 + 1) * (10**20 - 1), 2**200 - 2**199)
print(123456789 * 987654321, 99999999999 * 99999999999, -(10**18) * 10**18)
print(12345678901234567890123456789 + 98765432109876543210987654321)
print(12345678901234567890123456789 - 98765432109876543210987654321)
print(2**1000 - 2**999 == 2**999, (2**521 - 1) % 1000, len(str(3**1000)))

fact = 1
for i in range(1, 41):
    fact *= i
print(fact)
fib_a, fib_b = 0, 1
for _ in range(300):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a)

x = 5
x += 3
x -= 10
x *= -4
print(x)
print(0 * -1, -0, 0 == -0, 5 - 5, -(-5), -(0))
print(True + True, True * 10, -True, ~True, ~False, False - 1)
print(int.__add__(1, 2), (5).__sub__(3), (5).__rsub__(3), (2).__mul__(2.5), (2).__radd__(1))
print(1 + 2.5, 2 * 1.5, 3 - 0.5, 1 + 1j, 2 * (1 + 1j), 10**20 + 0.5)

for a, b in [(1, "a"), ("a", 1), (1, None), ([1], 1), (1, [1])]:
    for name, op in [("+", lambda p, q: p + q), ("-", lambda p, q: p - q), ("*", lambda p, q: p * q)]:
        try:
            print(name, repr(op(a, b)))
        except TypeError as e:
            print(name, type(e).__name__, e)
try:
    -"x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    +None
except TypeError as e:
    print(type(e).__name__, e)
print(3 * "ab", [0] * 3, (1,) * 2, -1 * "x", 0 * [1])
big = 10**100
print(big // 10**99, big % 7, -big % 7, big - big, (big + 1) - big)
print(sum(range(1, 10**4)) * 2 == (10**4 - 1) * 10**4)
print(int("9" * 50) + 1 == 10**50, -(10**50) + 1)
