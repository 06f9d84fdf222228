# recursion limits: getrecursionlimit/setrecursionlimit, RecursionError message, recovery
import sys

print(sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(500))


def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
print("recovered:", depth(100))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(4000))
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit(), depth(50000))
sys.setrecursionlimit(1000)
for bad in [0, -1]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["100", 1.5, None]:
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit(2**70)
except OverflowError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())


class Recursive:
    def __repr__(self):
        return repr(self)


try:
    repr(Recursive())
except RecursionError as e:
    print(type(e).__name__, e)


class DeepGetattr:
    def __getattr__(self, name):
        return getattr(self, name + "x")


try:
    DeepGetattr().a
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])


def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)


def mutual_b(n):
    return n if n <= 0 else mutual_a(n - 1)


print(mutual_a(900))
try:
    mutual_a(10**6)
except RecursionError:
    print("mutual recursion also limited")
nested = []
for _ in range(100000):
    nested = [nested]
try:
    print(len(str(nested)))
except RecursionError as e:
    print(type(e).__name__, e)


def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    else:
        yield "bottom"


print(list(gen_depth(200)))
