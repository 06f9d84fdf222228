# custom objects as dict keys and set members: __hash__/__eq__ contracts, mutation pitfalls


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)


d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in d, Point(2, 1) in d, len({Point(0, 0), Point(0, 0), Point(0, 1)}))
p = Point(5, 5)
s = {p}
p.x = 6
print(p in s, Point(5, 5) in s, Point(6, 5) in s, len(s), list(s))


class EqNoHash:
    def __eq__(self, other):
        return True


try:
    {EqNoHash()}
except TypeError as e:
    print(type(e).__name__, e)
print(EqNoHash.__hash__ is None)


class Identity:
    pass


a, b = Identity(), Identity()
print(len({a, b, a}), {a: 1}.get(b), a in {a})
calls = []


class Noisy:
    def __init__(self, v, h):
        self.v, self.h = v, h

    def __hash__(self):
        calls.append("hash %s" % self.v)
        return self.h

    def __eq__(self, other):
        calls.append("eq %s %s" % (self.v, other.v))
        return self.v == other.v


n1, n2, n3 = Noisy("a", 1), Noisy("b", 1), Noisy("a", 1)
table = {n1: 1}
table[n2] = 2
table[n3] = 3
print(len(table), [k.v for k in table], table[n1])
print(calls)


class HashInt:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return other == self.v


print({HashInt(1): "obj"}.get(1), {1: "int"}.get(HashInt(1)), HashInt(2) in {2, 3}, 2 in {HashInt(2)})
keys = [1, 1.0, True, 1 + 0j, "1", b"1", (1,), frozenset([1])]
dd = {}
for k in keys:
    dd[k] = type(k).__name__
print(dd)


class BigHash:
    def __hash__(self):
        return 2**100

    def __eq__(self, other):
        return isinstance(other, BigHash)


print(hash(BigHash()) == hash(2**100), len({BigHash(), BigHash()}))


class ReturnsBool:
    def __hash__(self):
        return True


print(hash(ReturnsBool()), type(hash(ReturnsBool())).__name__)
cache = {}


def fib(n):
    if n < 2:
        return n
    if n not in cache:
        cache[n] = fib(n - 1) + fib(n - 2)
    return cache[n]


print(fib(90), len(cache))
