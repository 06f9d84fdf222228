# math special functions: erf/erfc/gamma/lgamma, trig and hyperbolic with their inverses, angles
import math

for x in [0.0, 0.5, 1.0, 2.0, -1.0, 3.5, 10.0, -0.0]:
    print(x, math.erf(x), math.erfc(x), math.gamma(x) if x not in (0.0, -1.0) else "pole", math.lgamma(x) if x not in (0.0, -1.0) else "pole")
print([math.gamma(n) for n in range(1, 11)], math.gamma(0.5) ** 2, math.gamma(171), math.lgamma(1000))
print(math.gamma(-0.5), math.gamma(-1.5), math.lgamma(-0.5), math.lgamma(0.5), math.erf(float("inf")), math.erfc(float("-inf")))
for fn, arg in [(math.gamma, 0), (math.gamma, -2), (math.gamma, 172), (math.lgamma, 0), (math.lgamma, -3), (math.gamma, float("-inf"))]:
    try:
        print(fn(arg))
    except (ValueError, OverflowError) as e:
        print(fn.__name__, arg, type(e).__name__, e)
angles = [0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 2 * math.pi, -math.pi / 4]
for a in angles:
    print(round(math.degrees(a), 10), round(math.sin(a), 12), round(math.cos(a), 12), round(math.tan(a), 8) if abs(math.cos(a)) > 1e-9 else "inf")
print(math.degrees(math.pi), math.radians(180), math.radians(90) == math.pi / 2, math.degrees(1))
print(math.asin(1), math.acos(1), math.atan(1), math.atan(float("inf")), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5), math.tanh(1000), math.sinh(0.0))
for fn, arg in [(math.asin, 2), (math.acos, -1.5), (math.acosh, 0.5), (math.atanh, 1), (math.sin, float("inf")), (math.cos, float("-inf")),
                (math.tan, float("inf")), (math.cosh, 1000), (math.sinh, 1000), (math.atanh, -1)]:
    try:
        print(fn(arg))
    except (ValueError, OverflowError) as e:
        print(fn.__name__, arg, type(e).__name__, e)
print(math.sin(math.nan) != math.sin(math.nan), math.cos(0), math.sin(-0.0), math.tan(-0.0), math.atan(-0.0))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan, math.tau == 2 * math.pi, type(math.pi).__name__)
print(round(math.sin(1) ** 2 + math.cos(1) ** 2, 15), round(math.cosh(2) ** 2 - math.sinh(2) ** 2, 10))
for fn in [math.sin, math.erf, math.gamma, math.atan2]:
    try:
        fn("x") if fn is not math.atan2 else fn("x", 1)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)


def stirling(n):
    return math.sqrt(2 * math.pi * n) * (n / math.e) ** n


for n in (1, 5, 10, 20):
    exact = math.factorial(n)
    print(n, exact, round(stirling(n) / exact, 6), round(math.lgamma(n + 1) - math.log(exact), 9))
for x in (0.1, 0.5, 1.0, 2.0):
    print(x, round(math.erf(x) + math.erfc(x), 15), round(math.gamma(x) * math.gamma(1 - x) * math.sin(math.pi * x), 10) if x < 1 else "-")
print([round(math.atan2(y, x), 6) for x, y in [(1, 0), (0, 1), (-1, 0), (0, -1), (1, 1)]])
