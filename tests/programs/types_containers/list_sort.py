# list.sort: stability, key/reverse interplay, mutation during sort, exceptions leave list intact

data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
s = sorted(data, key=lambda t: t[1])
print(s)
s = sorted(sorted(data, key=lambda t: t[0]), key=lambda t: t[1], reverse=True)
print(s)
lst = data[:]
lst.sort(key=lambda t: t[0], reverse=True)
print(lst)
lst.sort()
print(lst)
print(sorted([3, 1, 2], reverse=False), sorted([], reverse=True), sorted([1], key=lambda v: v))
words = "The quick brown Fox jumps over the Lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w.lower())))
nums = [5, -3, 0, -1, 4, -5]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda v: (v < 0, v)))
big = list(range(1000, 0, -1))
big.sort()
print(big[:3], big[-3:], big == list(range(1, 1001)))
eq = [(i % 3, i) for i in range(12)]
eq.sort(key=lambda t: t[0])
print(eq)
eq.sort(key=lambda t: t[0], reverse=True)
print(eq)
mixed = [3, 1.5, True, 2**70, -0.5, False]
mixed.sort()
print(mixed)
bad = [3, 1, "two", 0]
try:
    bad.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(bad, key=str), len(bad), sorted(set(bad), key=repr))


def key_raises(v):
    if v == 2:
        raise KeyError("key func failed at 2")
    return v


victim = [4, 3, 2, 1]
try:
    victim.sort(key=key_raises)
except KeyError as e:
    print(type(e).__name__, e, victim)
mutated = [3, 2, 1]


def sneaky(v):
    mutated.append(v)
    return v


try:
    mutated.sort(key=sneaky)
except ValueError as e:
    print(type(e).__name__, e)
print(mutated)


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


print(sorted([Rev(1), Rev(3), Rev(2)]), sorted([Rev(1), Rev(3), Rev(2)], reverse=True))
calls = []


class Counted:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append(1)
        return self.v < other.v


sorted([Counted(i) for i in range(10)])
print("comparisons for already sorted 10:", len(calls))
calls.clear()
sorted([Counted(i) for i in range(10, 0, -1)])
print("comparisons for reversed 10:", len(calls))
print(sorted("Mississippi"), sorted("Mississippi", key=str.lower), "".join(sorted("bca")))
print(sorted([[3, 1], [2], [3], [2, 9], []]), sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: kv[1], reverse=True))
