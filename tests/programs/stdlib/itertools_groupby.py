# groupby and its _grouper sub-iterators: grouping, key functions, invalidation of old groups,
# reduce/setstate, errors.
from itertools import groupby
import itertools


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


print([(k, list(g)) for k, g in groupby("aaabbcdd")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
print([k for k, g in groupby("")], [k for k, g in groupby("abba")])
print([(k, "".join(g)) for k, g in groupby("AaBbbC", str.lower)])
print([(k, list(g)) for k, g in groupby(iterable=[1, 1, 2], key=None)])

# A group is only valid until the parent advances.
g = groupby("aabbbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
g = groupby("aabbbc")
k1, g1 = next(g)
print(next(g1))
k2, g2 = next(g)
print(list(g1), next(g2), list(g2), [k for k, _ in g])

# Partially consumed groups, then the parent skips the rest.
g = groupby([1, 1, 1, 2, 2, 3])
out = []
for k, grp in g:
    out.append((k, next(grp)))
print(out)

# The grouper shares the parent's current item.
g = groupby("aab")
k, grp = next(g)
print(next(grp), next(grp))
show(lambda: next(grp))
print(next(g)[0])
show(lambda: next(g))

# Key function errors propagate; then iteration can go on.
calls = []


def key(x):
    calls.append(x)
    if x == 3:
        raise ValueError("bad key")
    return x // 2


g = groupby([0, 1, 2, 3, 4], key)
print(next(g)[0])
print(next(g)[0])
show(lambda: next(g))
print(calls)

# __eq__ of keys is used to split groups.
class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v


print([len(list(grp)) for k, grp in groupby([K(1), K(1), K(2)])])

# reduce/setstate
g = groupby("aabbc")
r = g.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][1], len(r))
k, grp = next(g)
r = g.__reduce__()
print(r[2], type(r[1][0]).__name__)
r = grp.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][1])
next(g)
r = grp.__reduce__()
print(r[0].__name__, r[1], list(r[0](*r[1])))
g = groupby("aabbcc")
next(g)
g.__setstate__(("q", "q", "z"))
print([(k, list(v)) for k, v in g])
show(lambda: groupby("").__setstate__(5))
show(lambda: groupby("").__setstate__((1, 2)))

# _grouper built directly becomes the parent's current group.
g = groupby("xxy")
grp = itertools._grouper(g, "x")
print(list(grp))
show(lambda: itertools._grouper())
show(lambda: itertools._grouper(1, 2))
show(lambda: itertools._grouper(groupby([]), 2, 3))
show(lambda: groupby())
show(lambda: groupby(1))
show(lambda: groupby([], None, 3))
show(lambda: groupby(x=1))
show(lambda: groupby([], x=1))
show(lambda: groupby([], key=None, iterable=1))
print(type(grp).__name__, type(grp).__module__, type(grp).__qualname__)


class MyGroupBy(groupby):
    pass


print([(k, list(v)) for k, v in MyGroupBy("aab")])
try:
    class Bad(itertools._grouper):
        pass
except TypeError as e:
    print(e)
