# math log/exp family: bases, huge ints, log1p/expm1 precision, domain and range errors
import math

print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2, 8), math.log(1, 7), math.log(0.5, 0.25))
print(math.log10(1000), math.log10(0.001), math.log2(1024), math.log2(3), math.log2(2**-1074), math.log10(10**50))
print(math.log(10**400), math.log10(10**400), math.log2(2**10000), math.log(2**1024, 2), math.log10(10**300 + 1))
print(math.exp(0), math.exp(1), math.exp(-745), math.exp(-746), math.exp(709), math.exp(float("-inf")), math.exp(float("inf")))
print(math.expm1(1e-10), math.exp(1e-10) - 1, math.log1p(1e-10), math.log(1 + 1e-10), math.expm1(0), math.log1p(0))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 3), math.pow(0, 0), math.pow(1, float("nan")), math.pow(float("nan"), 0))
print(math.pow(-1, float("inf")), math.pow(0.5, float("-inf")), math.pow(float("-inf"), 3), math.pow(-0.0, 3))
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(float("inf")), math.sqrt(10**100))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.exp2(10), math.exp2(-1), math.exp2(0.5), math.exp2(1024.0 - 1))
errors = [
    lambda: math.log(0),
    lambda: math.log(-1),
    lambda: math.log(0.0),
    lambda: math.log(-(10**400)),
    lambda: math.log(10, 1),
    lambda: math.log(10, 0),
    lambda: math.log(1, 1),
    lambda: math.log10(-1),
    lambda: math.log2(0),
    lambda: math.log1p(-1),
    lambda: math.exp(710),
    lambda: math.expm1(710),
    lambda: math.pow(0, -1),
    lambda: math.pow(-8, 1 / 3),
    lambda: math.pow(10, 400),
    lambda: math.sqrt(-1),
    lambda: math.exp2(1024),
    lambda: math.log("1"),
    lambda: math.log(),
    lambda: math.log(1, 2, 3),
    lambda: math.sqrt(10**400),
]
for fn in errors:
    try:
        print(fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print([round(math.log(n), 12) for n in (2, 3, 10)], [math.exp(math.log(x)) for x in (1.0, 2.0, 0.5)])
print(math.log(True), math.log10(True), math.exp(True), math.sqrt(True), math.log(2**62, 2**31))
