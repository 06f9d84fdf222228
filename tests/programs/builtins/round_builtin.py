# round(): ints, floats, half-even, ndigits (including negative), __round__, errors

print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0))
print(round(1234.5678, 1), round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -4))
print(round(5678.0, -3), round(-5678.0, -3), round(0.0, 3), round(-0.0), repr(round(-0.0, 1)))
print(repr(round(-0.4)), repr(round(-0.4, 0)), round(1e300, -300), round(1e-300, 300))
print(round(123.456, 10), round(123.456, 400), round(123.456, -400), round(1.5, None))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)

print(round(7), round(-7), round(7, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(-1250, -2), round(-1350, -2), round(15, -1), round(25, -1), round(-25, -1))
print(round(10**30 + 5 * 10**9, -10), round(2**100, -20), round(5, -1), round(5, -2))
print(round(12345, -400), round(True), round(True, 3), type(round(True)).__name__)
print(round(2**70 + 0.5) == 2**70, round(1e20), round(-1e22))

for x in [0.1, 0.2, 0.25, 0.35, 0.45, 0.55, 0.65, 2.345, -2.345]:
    print(x, round(x, 1), round(x, 2))

for bad in [float("inf"), float("-inf")]:
    try:
        round(bad)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))

for args in [("1.5",), (1.5, 1.5), (1.5, "1"), (None,), ([1],), (1j,), (1j, 1)]:
    try:
        print(round(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    round()
except TypeError as e:
    print(type(e).__name__, e)
print(round(1.5, 2**100), round(1.5, -(2**100)), round(1.5, -(2**63)), round(1.5, 2**63 - 1))


class Price:
    def __init__(self, v):
        self.v = v

    def __round__(self, n=None):
        return ("rounded", self.v, n)


print(round(Price(3.7)), round(Price(3.7), 1), round(Price(1), None))


class Idx:
    def __index__(self):
        return 1


print(round(2.55, Idx()), round(123, Idx()))
print(round(5e-324, 323), round(5e-324, 324), round(1.7976931348623157e308, -300))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
print(round(0.5 + 2**-53), round(4.5), round(5.5), round(-4.5))
