# set and frozenset operators, in-place variants, mixing types, and result types

a = {1, 2, 3}
b = frozenset({3, 4})
print(a | b, a & b, a - b, a ^ b, b | a, b & a, b - a, b ^ a)
print(type(a | b).__name__, type(b | a).__name__, type(b & {1}).__name__, type(a.union(b)).__name__, type(b.union(a)).__name__)
c = a
c |= {9}
print(a, c is a)
c &= {1, 9, 10}
print(a)
c -= {9}
print(a)
c ^= {1, 2}
print(a)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g, type(f).__name__)
print({1, 2} == frozenset({1, 2}), {1} < frozenset({1, 2}), frozenset() <= set(), {1, 2} != {2, 1})
for fn in [lambda: a | [1], lambda: a & (1,), lambda: a - "x", lambda: a ^ None, lambda: a < [1], lambda: a + {1},
           lambda: a * 2, lambda: -a]:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
x = {1, 2}
try:
    x |= [3]
except TypeError as e:
    print(type(e).__name__, e)
print(x, {1, 2}.__or__([3]), {1, 2}.__and__(5), {1}.__ior__({2}))
print(set() | set(), set() & {1}, {1} - set(), set() ^ set(), not set(), bool({0}))
s1 = set(range(0, 30, 2))
s2 = set(range(0, 30, 3))
s3 = set(range(0, 30, 5))
print(sorted(s1 & s2 & s3), sorted((s1 | s2) - s3), sorted(s1 ^ s2 ^ s3), len(s1 | s2 | s3))
print(sorted({"b", "a"} | {"c"}), sorted({"x", "y"} & {"y"}), sorted(frozenset("abc") - {"a"}))
print(2 in a or 2 not in a, [] not in [set()], set() in [set()], frozenset() in {frozenset()}, {1} in [{1}])
try:
    {1} in {frozenset({1})}
    print("set lookup in set ok")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({1} in {frozenset({1}): 0})
except TypeError as e:
    print("set lookup in dict:", type(e).__name__, e)
print(frozenset({1}) in {frozenset({1}): 0})
print(max({3, 1, 2}), min(frozenset({5, 4})), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True), len({1, 2} | {2, 3}))


class MySet(set):
    pass


ms = MySet([1, 2])
print(type(ms | {3}).__name__, type(ms.copy()).__name__, type({3} | ms).__name__, ms == {1, 2}, isinstance(ms, set))
print(sorted(n for n in dir(frozenset) if not n.startswith("_")))
