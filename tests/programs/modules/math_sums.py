# math.fsum (exact), math.prod (start), math.dist, math.hypot with many arguments and edge cases
import math

print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([1e308, 1.0, -1e308]), math.fsum([0.1, 0.2, 0.3]), math.fsum(x / 10 for x in range(1, 11)), math.fsum([-0.0]))
print(math.fsum([float("inf"), 1]), math.fsum([2**53, 1, 1]), math.fsum([1e-16] * 10 + [1.0]), math.fsum(iter([0.5, 0.25])))
for bad in [[float("inf"), float("-inf")], [1e308, 1e308], [float("nan"), 1], ["a"], 5]:
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.prod([3], start="ab"), math.prod([[1], 2], start=1), math.prod([True, True]), math.prod([1j, 1j]))
try:
    math.prod([1, 2], 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.prod(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
print(math.dist((0, 0), (3, 4)), math.dist([1], [4]), math.dist((1, 2, 3), (4, 6, 3)), math.dist((), ()), math.dist((0, 0), (1e300, 1e300)))
for args in [((0, 0), (1, 2, 3)), ((1, 2), "ab"), (5, 6), ((0,),)]:
    try:
        print(math.dist(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 2), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1), math.hypot(*range(10)), math.hypot(3, 4.0, True, 0))
try:
    math.hypot("3")
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.hypot(1e308, 1e308)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.hypot(1e307, 1e307))
values = [0.1 * i for i in range(1, 101)]
print(sum(values), math.fsum(values), round(sum(values), 9) == round(math.fsum(values), 9))
print(math.fsum([1, -1e-16, 1e-16]) == 1, math.prod(x / 2 for x in range(1, 5)), math.prod(range(1, 30)) == math.factorial(29))
