# pow() and **: negative exponents, three-argument modular form, errors

print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(-2, -3), pow(0, 0), pow(0.0, 0), pow(2, 0.5))
print(pow(10, 20), pow(7, 100), pow(-1, 10**20), pow(1, -(10**20)), pow(2, 200))
print(pow(2.0, 3), pow(-8, 1 / 3), pow(1.5, 2), pow(4, -0.5), pow(True, 2), pow(2, True))
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(2, 0, 1), pow(2, 0, -1), pow(0, 0, 5), pow(5, 3, 1))
print(pow(3, -1, 7), pow(2, -1, 9), pow(38, -1, 97), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7))
print(pow(12345678901234567890, 98765, 10**9 + 7), pow(2**100, -1, 2**61 - 1))
print(pow(base=2, exp=5), pow(2, exp=5, mod=3), pow(base=3, exp=4, mod=5))
print(2 ** -1, (-2) ** 2, -(2**2), 2 ** 3 ** 2, (-8) ** (1 / 3))
print(0.0 ** 0.0, 1.0 ** float("nan"), float("nan") ** 0, (-1.0) ** float("inf"), 0.5 ** float("inf"))
print(10.0 ** -400, 2 ** -1074 == 5e-324, (1j) ** 2, (1 + 1j) ** 3, 2 ** (1j * 0))

cases = [
    (2, -1, 4),
    (0, -1, 5),
    (2, 3, 0),
    (2.0, 3, 5),
    (2, 3.0, 5),
    (2, 3, 5.0),
    ("2", 3),
    (2, "3"),
    (None, 2),
    (1j, 2, 3),
]
for args in cases:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)

for base, exp in [(0, -1), (0.0, -1), (0, -1.5), (-2.0, 0.5), (10.0, 400), (-(10.0**200), 3)]:
    try:
        print(base ** exp)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(base, exp, type(e).__name__, e)
try:
    print(0j ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 10**10, 10**9))
except OverflowError as e:
    print(type(e).__name__, e)


class M:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)

    def __rpow__(self, other):
        return ("rpow", other)


print(pow(M(), 2), pow(M(), 2, 5), M() ** 3, 2 ** M(), pow(2, M()))
try:
    pow(2, M(), 5)
except TypeError as e:
    print(type(e).__name__, e)
x = 3
x **= 4
print(x, type(2 ** -2).__name__, type((-1) ** 0.5).__name__, (-1) ** 0.5)
