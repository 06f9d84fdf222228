# float ordering: signed zeros, nan in sorting/min/max, dict/set keys, stability


zeros = [0.0, -0.0, 0, -0.0, 0.0]
print(sorted(zeros), [repr(z) for z in sorted(zeros)], sorted(zeros, reverse=True))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0), max([-0.0, 0]), min([0, -0.0]))
d = {0.0: "pos"}
d[-0.0] = "neg"
d[0] = "int"
print(d, len(d), list(d.keys()), repr(list(d)[0]))
s = {-0.0}
s.add(0.0)
s.add(0)
print(s, len(s))
print(-0.0 in [0.0], [0.0].index(-0.0), [0.0, -0.0].count(0), (0.0, -0.0) == (-0.0, 0.0))

inf, nan = float("inf"), float("nan")
vals = [3.5, -1.0, inf, 0.0, -inf, 2.25, 1e-300, -1e300]
print(sorted(vals), sorted(vals, reverse=True), max(vals), min(vals))
print(sorted(vals, key=abs), sorted(vals, key=lambda v: -v))
print(sorted([1.0, nan, 0.5]), sorted([nan, 1.0, 0.5]), max([nan, 1.0]), max([1.0, nan]), min([nan, 0]))
print(sorted([2.0, 1, True, 1.0, 0.5, False]), sorted([1, 1.0, True], reverse=True))
records = [("a", 1.0), ("b", 1), ("c", 0.5), ("d", True), ("e", 1.0)]
print(sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: r[1], reverse=True))
print(1.0 < 2 < 3.5, 1.0 < 1 <= 1.0, -0.0 < 0.0, -0.0 <= 0.0, 1e-320 > 0, -1e-320 < 0 == -0.0)
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 == 0.30000000000000004, 0.3 < 0.1 + 0.2 < 0.31)
print([x for x in [0.5, -0.5, 1.5, -1.5] if -1 < x < 1], sorted(set([1.5, 1.5, 2.5, -1.5])))
print(sorted([1e16, 1e16 + 1, 1e16 + 2, 10**16 + 1]), sorted([0.1, 0.01, 1e-3, 1e-4], reverse=True))
print(sorted(["10.5", "9.75", "100.0"], key=float), sorted([-2.5, 2.5, -1.5, 1.5], key=round))
print(max([0.1, 0.2, 0.3], key=lambda v: v * 10 % 1), min(range(5), key=lambda i: (i - 2.4) ** 2))
pairs = sorted([(1.5, "x"), (1.5, "a"), (-0.0, "z"), (0.0, "y")])
print(pairs)
print(sorted({1.5: "a", -2.5: "b", 0.25: "c"}.items()), sorted({2.5, -0.5, 10.0}))
print([(a > b) - (a < b) for a, b in [(1.0, 2), (2, 1.0), (1.0, 1), (nan, 1), (1, nan)]])
print(sorted([-inf, inf, -1e308, 1e308, 5e-324, -5e-324, 0.0]))
print(sorted([3.0, 1.0, 2.0], key=lambda v: 0), sorted([3.0, 1.0, 2.0], key=lambda v: 0, reverse=True))


class Reading:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __lt__(self, other):
        return self.value < other.value

    def __repr__(self):
        return "%s=%r" % (self.name, self.value)


readings = [Reading("a", 2.5), Reading("b", -0.0), Reading("c", 0.0), Reading("d", 2.5), Reading("e", -1e-9)]
print(sorted(readings))
print(sorted(readings, reverse=True))
print(min(readings), max(readings))
buckets = {}
for r in readings:
    buckets.setdefault(round(r.value), []).append(r.name)
print(sorted(buckets.items()))
print(sorted([0.1 * i for i in range(5)], key=lambda v: round(v, 1), reverse=True))
