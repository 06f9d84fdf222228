# abs(): ints, floats, complex, bool, huge values, __abs__, errors
import sys

print(abs(0), abs(5), abs(-5), abs(-(2**64)), abs(-(10**50)), abs(-sys.maxsize - 1))
print(abs(0.0), abs(-0.0), abs(-1.5), abs(float("-inf")), abs(float("nan")), abs(-5e-324))
print(abs(3 + 4j), abs(-3 - 4j), abs(1j), abs(complex(0, -0.0)))
print(abs(True), abs(False), type(abs(True)).__name__, type(abs(-2.0)).__name__)
print(abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
print(abs(-(2**63)), abs(2**63), type(abs(-(2**100))).__name__)
print(repr(abs(-0.0)), repr(abs(complex(-0.0, -0.0))))


class Vec:
    def __init__(self, *c):
        self.c = c

    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5


print(abs(Vec(3, 4)), abs(Vec(1, 2, 2)))


class WeirdAbs:
    def __abs__(self):
        return "not a number"


print(abs(WeirdAbs()))


class IntSub(int):
    pass


r = abs(IntSub(-7))
print(r, type(r).__name__)


class FloatSub(float):
    pass


r = abs(FloatSub(-2.5))
print(r, type(r).__name__)

for arg in ["-1", None, [1], (), {}, object()]:
    try:
        abs(arg)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

print([abs(x) for x in range(-3, 4)])
print(abs(-7) == 7 == abs(7), abs(-7.0) == 7)
print(abs(-2**3), abs(-(2**3)), -abs(-4))
print((-5).__abs__(), (-2.5).__abs__(), (3 - 4j).__abs__())
