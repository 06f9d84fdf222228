# sorted(): key, reverse, stability, mixed types, errors

print(sorted([3, 1, 2]), sorted([]), sorted("hello"), sorted((2.5, -1, 0)))
print(sorted([3, 1, 2], reverse=True), sorted("banana", reverse=True))
print(sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(5, 0, -1)))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))

# stability: equal keys keep original order, also with reverse=True
pairs = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 2), ("f", 0)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(sorted(pairs), key=lambda p: -p[1]))

big = [10**30, -(10**30), 2**64, 2**63 - 1, -1, 0, 1.5, True, False]
print(sorted(big))
print(sorted([1, 1.0, True]), sorted([True, 1.0, 1]))
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted(["b", "a", "B", "\u00e9", "e", "Z", "1", " "]))

original = [5, 3, 4]
result = sorted(original)
print(original, result, result is original)

calls = []


def key(x):
    calls.append(x)
    return -x


print(sorted([1, 2, 3], key=key), calls)
print(sorted([1, 2, 3], key=None), sorted([1, 2, 3], key=None, reverse=0))

for args, kwargs in [
    (([1, "a"],), {}),
    (([None, None],), {}),
    (([1j, 2j],), {}),
    ((5,), {}),
    (([1, 2], len), {}),
    (([1, 2],), {"cmp": None}),
    (([1, 2],), {"key": 5}),
]:
    try:
        print(sorted(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)


class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "V" + self.s


print(sorted([Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]))


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "G%d" % self.v


print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))


def bad_key(x):
    if x == 3:
        raise ValueError("key failed on 3")
    return x


try:
    sorted([1, 2, 3, 4], key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([float("inf"), -1e308, 0.0, -0.0, float("-inf")]))
