# set methods: add/discard/remove/pop/update variants/copy/clear and the predicate methods

s = {3, 1, 2}
s.add(4)
s.add(1)
print(s, len(s))
s.discard(10)
s.discard(4)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
s.update([5, 6], (7,), range(8, 10), "")
print(s)
s.intersection_update({2, 5, 6, 7, 100}, [5, 6, 7, 8])
print(s)
s.difference_update([6], {100})
print(s)
s.symmetric_difference_update([5, 11])
print(s)
t = s.copy()
t.add(0)
s.clear()
print(s, t, set(), len(set()))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a.union(b), a.union(), a.union([9], (8,)), a.intersection(b), a.intersection(b, {4}), a.intersection())
print(a.difference(b), a.difference(b, {1}), a.symmetric_difference(b), a.symmetric_difference([1, 9]))
print(a.issubset(range(10)), {1}.issubset([1]), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({7}), set().isdisjoint(set()))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2, 3} > {1}, {1} >= {1}, {1} == {1.0}, set() == frozenset())
errors = [
    lambda: set().pop(),
    lambda: {1}.remove([1]),
    lambda: {1}.add([]),
    lambda: {1}.update(5),
    lambda: {1}.union(5),
    lambda: {1} <= [1],
    lambda: {1} | [1],
    lambda: {1}.discard({2}),
    lambda: {[]},
    lambda: set(1),
    lambda: set([1], [2]),
    lambda: {1}.issubset(5),
]
for fn in errors:
    try:
        print(fn())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print({1}.discard(frozenset()) is None, {frozenset({2})}.remove({2}) is None, {frozenset()} == {frozenset()})
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("mississippi")), len(set(range(100)) | set(range(50, 150))))
print(set([1, 1.0, True]), {0, 0.0, False, -0.0}, {2, 2.0} == {2}, {(1, 2), (1, 2)}, {None, None})
evens = {n for n in range(20) if n % 2 == 0}
threes = set(range(0, 20, 3))
print(evens & threes, evens - threes, sorted(evens ^ threes), len(evens | threes))
seen = set()
dups = [x for x in [3, 1, 3, 2, 1, 4] if x in seen or seen.add(x)]
print(dups, seen)
print(sorted(n for n in dir(set) if not n.startswith("_")))
