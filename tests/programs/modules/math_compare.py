# math comparisons and float steps: isclose, isnan/isinf/isfinite, nextafter, ulp, constants
import math

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 101, rel_tol=0.009), math.isclose(1e308, 1.0000000001e308))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(1, 1), math.isclose(-0.0, 0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-300, 2e-300), math.isclose(1e-300, 2e-300, abs_tol=1e-299), math.isclose(5, 5.0000001, rel_tol=1e-6))
for kwargs in [{"rel_tol": -1}, {"abs_tol": -0.1}]:
    try:
        math.isclose(1, 2, **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.isclose(1, 2, 0.1)
except TypeError as e:
    print(type(e).__name__, e)
print(math.isnan(float("nan")), math.isnan(1), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1e308), math.isfinite(math.nan), math.isfinite(10**300))
try:
    math.isfinite(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0))
print(math.nextafter(math.inf, 0), math.nextafter(1.7976931348623157e308, math.inf), math.nextafter(-0.0, 0.0), math.nextafter(5e-324, 0))
print(math.ulp(1.0), math.ulp(2.0**52), math.ulp(2.0**53), math.ulp(0.0), math.ulp(-1.0), math.ulp(math.inf), math.ulp(1e308), math.ulp(5e-324))
print(math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0), math.ulp(1.0) == 2.220446049250313e-16, 1.0 + math.ulp(1.0) / 2 == 1.0)
x = 1.0
steps = 0
while x < 1.0 + 1e-15:
    x = math.nextafter(x, 2)
    steps += 1
print(steps, x)
print(math.copysign(1.0, math.nextafter(-0.0, -1)), math.nextafter(float("nan"), 1) != math.nextafter(float("nan"), 1))
print(round(math.pi, 10), round(math.e, 10), round(math.tau, 10), str(math.inf), str(math.nan), math.inf > 10**1000)
print(sorted([math.ulp(v) for v in (1.0, 10.0, 100.0, 0.1)]))
print(math.isclose(sum([0.1] * 10), 1.0), sum([0.1] * 10) == 1.0, abs(sum([0.1] * 10) - 1.0) < math.ulp(1.0))
for a, b in [(1, 1 + 1e-9), (1e-10, 2e-10), (1000.0, 1000.0001), (-5, -5.000001)]:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=1e-6), math.isclose(a, b, rel_tol=0, abs_tol=1e-3))
print(math.trunc(math.nextafter(3.0, 0)), math.floor(math.nextafter(3.0, 4)), math.ceil(math.nextafter(3.0, 4)))
print(math.fsum([math.ulp(1.0)] * 4) + 1.0, 1.0 + math.ulp(1.0) * 4)


def approx_equal_all(values, target, **kw):
    return [math.isclose(v, target, **kw) for v in values]


print(approx_equal_all([0.999999, 1.0, 1.000001, 1.1], 1.0))
print(approx_equal_all([0.999999, 1.0, 1.000001, 1.1], 1.0, rel_tol=1e-5))
print(approx_equal_all([1e-12, -1e-12, 0.0], 0.0, abs_tol=1e-11))
