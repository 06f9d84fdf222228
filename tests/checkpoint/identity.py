# Shared references stay shared and cycles close, for containers and instances alike.
from weft import checkpoint as ck
import sys


def rt(x):
    return ck.loads(ck.dumps(x))


a = []
a.append(a)
r = rt(a)
print(r, r[0] is r)

d = {}
d["self"] = d
r = rt(d)
print(r, r["self"] is r)

shared = {"k": [1, 2]}
r = rt([shared, shared, (shared,)])
print(r[0] is r[1], r[2][0] is r[0], r[0]["k"] is r[1]["k"])

# A tuple that contains itself through a list (pickle rebuilds the tuple once).
t = ([],)
t[0].append(t)
r = rt(t)
print(type(r).__name__, r[0][0] is r)

# Strings, bytes and tuples shared in the saved graph are shared after loading.
s = "a string that is not interned" * 2
tup = (1, 2, 3)
r = rt([s, s, tup, tup, b"by" * 3])
print(r[0] is r[1], r[2] is r[3])


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None


x, y = Node("x"), Node("y")
x.next, y.next = y, x
r = rt([x, y])
print(r[0].name, r[0].next.name, r[0].next.next is r[0], r[1] is r[0].next)

# An instance in a set, pointing back at the set.
class Member:
    def __init__(self):
        self.home = None

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Member)


m = Member()
s = {m}
m.home = s
r = rt(s)
(m2,) = r
print(type(r).__name__, m2.home is r)

# A frozenset inside a list inside an instance held by the frozenset's owner.
f = frozenset({1, 2})
r = rt({"f1": f, "f2": f})
print(r["f1"] is r["f2"], r["f1"])

# Deep nesting: a million lists inside each other, encoded and decoded without recursion.
deep = []
cur = deep
for _ in range(1_000_000):
    nxt = []
    cur.append(nxt)
    cur = nxt
data = ck.dumps(deep)
back = ck.loads(data)
depth = 0
cur = back
while cur:
    cur = cur[0]
    depth += 1
print("depth", depth)
# Deep dicts and tuples too.
dd = {}
cur = dd
for _ in range(200_000):
    cur["k"] = {}
    cur = cur["k"]
tt = ()
for _ in range(200_000):
    tt = (tt,)
r1, r2 = rt([dd, tt])
n = 0
while r1:
    r1 = r1["k"]
    n += 1
m = 0
while r2:
    r2 = r2[0]
    m += 1
print("dict depth", n, "tuple depth", m)
# Tear the deep structures down iteratively (the program's own business, not the checkpoint's).
for root in (deep, back):
    while root:
        root = root.pop()
