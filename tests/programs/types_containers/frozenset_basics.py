# frozenset: hashable, usable as dict keys and set members, equal/hash-equal to equivalent sets

f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__, frozenset(), frozenset("aab") == frozenset({"a", "b"}), frozenset(range(3)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset()) == hash(frozenset([])))
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], frozenset({1, 2}) in d)
nested = {frozenset({1}), frozenset({1}), frozenset({2, 3})}
print(len(nested), frozenset({3, 2}) in nested)
ff = frozenset({frozenset({1}), frozenset()})
print(len(ff), frozenset() in ff)
for fn in [lambda: f.add(4), lambda: f.remove(1), lambda: f.discard(1), lambda: f.pop(), lambda: f.clear(), lambda: f.update({1})]:
    try:
        fn()
    except AttributeError as e:
        print(type(e).__name__, e)
print(f.copy() is f, frozenset(f) is f, f | set() == f, f.union() == f, f.issubset({1, 2, 3, 4}), f.isdisjoint({9}))
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(1)
except TypeError as e:
    print(type(e).__name__, e)
s = {1, 2}
fs = frozenset(s)
s.add(3)
print(fs, s, fs == s, fs < s)


class Tag(frozenset):
    def __repr__(self):
        return "Tag(%s)" % sorted(self)


t = Tag([2, 1])
print(t, type(t | {3}).__name__, type(frozenset.copy(t)).__name__, t == {1, 2}, hash(t) == hash(frozenset({1, 2})))
graph_edges = {frozenset({"a", "b"}), frozenset({"b", "a"}), frozenset({"b", "c"})}
print(len(graph_edges), sorted(sorted(e) for e in graph_edges))
memo = {}


def subsets_sum(items, target):
    key = (frozenset(items), target)
    if key in memo:
        return memo[key]
    if target == 0:
        return True
    if not items or target < 0:
        return False
    first, rest = min(items), items - {min(items)}
    memo[key] = subsets_sum(rest, target - first) or subsets_sum(rest, target)
    return memo[key]


print(subsets_sum(frozenset({3, 34, 4, 12, 5, 2}), 9), subsets_sum(frozenset({3, 34, 4}), 30), len(memo) > 0)
print(repr(frozenset()), repr(frozenset({1})), str(frozenset({"x"})), frozenset({1, 2}) == {1.0, 2.0})
print(frozenset.__mro__, issubclass(frozenset, set), isinstance(frozenset(), set))
