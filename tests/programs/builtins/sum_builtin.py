# sum(): start values, numeric towers, float precision, rejected strings

print(sum([]), sum([], 10), sum([1, 2, 3]), sum(range(101)))
print(sum([1, 2, 3], 10), sum([1, 2], start=100), sum(range(10), start=-45))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.5, 0.25], 1))
print(sum([1, 2.5, True]), sum([True, True, False]), type(sum([True, True])).__name__)
print(sum([1j, 2, 3.5]), sum([], 0.0), type(sum([], 0.0)).__name__)
print(sum([2**64, 2**64, -(2**65)]), sum([10**30] * 3))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()))
print(sum((x * x for x in range(5))), sum({1: "a", 2: "b"}), sum({3, 4}))
print(sum(iter([1.5, 2.5])), sum([-0.0]), sum([-0.0], -0.0))
print(sum([float("inf"), 1]), sum([float("inf"), float("-inf")]))
print(sum([1, 2], 0.5), sum([2**53, 1.0, 1.0]))
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]))

for args, kwargs in [
    ((["a", "b"],), {}),
    ((["a", "b"], ""), {}),
    (([b"a"], b""), {}),
    (([bytearray(b"a")], bytearray()), {}),
    (([1, "a"],), {}),
    ((5,), {}),
    (([[1]],), {}),
    (([1],), {"bad": 2}),
    ((), {}),
    (([1], 2, 3), {}),
    ((None,), {}),
]:
    try:
        print(sum(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


print(sum([Vec(1, 2), Vec(3, 4), Vec(5, 6)]))
print(sum([Vec(1, 1)], Vec(10, 10)))


class NoRadd:
    pass


try:
    sum([NoRadd()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, 2], start=NoRadd())
except TypeError as e:
    print(type(e).__name__, e)
