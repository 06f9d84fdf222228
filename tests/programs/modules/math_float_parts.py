# math float decomposition and rounding: trunc/floor/ceil, copysign, frexp/ldexp, modf, fmod, remainder, fabs
import math

for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1e-300, 7, -7, True]:
    print(repr(x), math.trunc(x), math.floor(x), math.ceil(x), repr(math.fabs(x)), math.modf(x), math.frexp(x))
print(math.copysign(1, -0.0), math.copysign(-3, 0.0), math.copysign(2, -1e-300), math.copysign(float("inf"), -1), math.copysign(0.0, -5))
print(math.ldexp(1, 10), math.ldexp(0.5, -1073), math.ldexp(1, -1075), math.ldexp(-3.0, 2), math.ldexp(1.5, 0), math.ldexp(7, -2**70))
print(math.frexp(1e-320), math.frexp(float("inf")), math.frexp(2**1023 * 1.5), math.modf(float("inf")), math.modf(-float("inf")))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), math.fmod(0.0, 1), math.fmod(-0.0, 1), math.fmod(5, float("inf")))
print(math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(1e300, 3))
print(7 % -3, math.fmod(7, -3), -7 % 3, math.fmod(-7, 3), math.remainder(7, -3))
errors = [
    lambda: math.fmod(1, 0),
    lambda: math.fmod(float("inf"), 1),
    lambda: math.remainder(1, 0),
    lambda: math.remainder(float("inf"), 1),
    lambda: math.ldexp(1.0, 1025),
    lambda: math.ldexp(1.0, 2**70),
    lambda: math.ldexp(1.0, 1.5),
    lambda: math.floor("1"),
    lambda: math.ceil(None),
    lambda: math.trunc([]),
    lambda: math.frexp("x"),
    lambda: math.floor(float("inf")),
    lambda: math.ceil(float("nan")),
    lambda: math.copysign("a", 1),
    lambda: math.fabs(1j),
]
for fn in errors:
    try:
        print(fn())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.floor(10**30) == 10**30, math.ceil(-(10**30)) == -(10**30), math.trunc(2**70 + 0.0) == 2**70)
print(type(math.floor(2.5)).__name__, type(math.fabs(-2)).__name__, type(math.modf(2)[0]).__name__)
for m, e in [math.frexp(v) for v in (1.0, 0.1, 1234.5, -8.0)]:
    print(m, e, math.ldexp(m, e))
print(math.fmod(10**20, 3), math.fmod(-(10**20), 7), math.remainder(10**20, 7))


def split_number(x):
    frac, whole = math.modf(x)
    mant, exp = math.frexp(x)
    return whole, frac, mant, exp, math.ldexp(mant, exp) == x


for value in [3.75, -3.75, 1 / 3, 2.0**-1030, 123456789.5]:
    print(value, split_number(value))
