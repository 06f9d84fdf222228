# min() and max(): args vs iterable, key, default, ties, errors

print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max((3, 1, 2)))
print(min("hello"), max("hello"), min(["b", "a", "c"]), max({5, 9, 1}))
print(min(1, 1.0), min(1.0, 1), max(True, 1), max(1, True))
print(max([10**40, 2**200, -(2**300)]), min(range(-5, 5)))
print(max("apple", "fig", "banana", key=len), min("apple", "fig", "kiwi", key=len))
print(max(["aa", "bb", "c"], key=len), min(["aa", "bb", "c", "d"], key=len))
print(max([], default="empty"), min((), default=None), max([7], default=0))
print(max([1, 2], default=0), min(iter([4, 2, 8]), key=lambda x: -x))
print(max({"a": 3, "b": 1, "c": 2}), max({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
print(min([(2, "b"), (1, "z"), (1, "a")]), max([[1, 2], [1, 2, 0], [0, 9]]))
print(max(0.0, -0.0), min(0.0, -0.0), max(-0.0, 0.0), min(-0.0, 0.0))
nan = float("nan")
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan))
print(max([1, 5, 3], key=None), min(3, 4, key=None))

# first maximal/minimal element wins among equal keys
recs = [("x", 1), ("y", 3), ("z", 3), ("w", 1)]
print(max(recs, key=lambda r: r[1]), min(recs, key=lambda r: r[1]))

cases = [
    ((), {}),
    (([],), {}),
    ((5,), {}),
    ((1, "a"), {}),
    (([1, 2],), {"bogus": 1}),
    ((1, 2), {"default": 0}),
    (([None, None],), {}),
    ((iter([]),), {"key": len}),
    ((["a", 1],), {"key": len}),
]
for args, kwargs in cases:
    for fn in (min, max):
        try:
            print(fn(*args, **kwargs))
        except (TypeError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)


class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Box(%r)" % self.v


print(min(Box(3), Box(1), Box(2)), max([Box(3), Box(1), Box(5)]))


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "L%d" % self.v


print(max(OnlyLt(1), OnlyLt(7), OnlyLt(4)), min(OnlyLt(1), OnlyLt(7)))


def gen():
    yield 4
    yield 9
    yield -2


print(max(gen()), min(gen()), max(gen(), key=abs))
print(max("", "a"), min("", "a") == "")
print(min([[]], default=1), max(*[[1], [2]]))
