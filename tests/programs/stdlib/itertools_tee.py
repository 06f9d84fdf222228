# tee: independent iterators over one source through a shared buffer, copies, tee of a tee,
# re-entrance, reduce/setstate and the _tee/_tee_dataobject types.
import itertools
from itertools import tee


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


a, b = tee("abc")
print(list(a), list(b))
a, b, c = tee(range(5), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee("ab", 0), len(tee("ab", 1)), type(tee("ab", 1)[0]).__name__)

# Long sources cross the data objects' boundaries (57 items each).
a, b = tee(range(200))
print(sum(a), sum(b))
a, b = tee(iter(range(130)))
for _ in range(60):
    next(a)
c = a.__copy__()
print(next(a), next(c), next(b), list(c)[-1], len(list(b)))

# Sources are read lazily and only once.
reads = []


def gen():
    for i in range(3):
        reads.append(i)
        yield i


a, b = tee(gen())
print(reads, next(a), reads, next(b), reads, list(a), list(b), reads)

# tee of a tee copies it; other iterators are wrapped.
a, b = tee("xyz")
next(a)
c, d = tee(a)
print(c is a, type(d).__name__, list(c), list(d), list(b))


class Copyable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __copy__(self):
        return Copyable(self.n)


x, y = tee(Copyable(3))
print(type(x).__name__, list(x), list(y))

# Re-entering the tee from its own source is an error.
t = None


def reenter():
    yield 1
    yield next(t)


t, u = tee(reenter())
print(next(t))
show(lambda: next(t))

# Errors from the source propagate and iteration can go on.


def failing():
    yield 1
    raise KeyError("boom")


a, b = tee(failing())
print(next(a))
show(lambda: next(a))
show(lambda: next(a))
print(list(b))

# reduce/setstate
a, b = tee(iter("abcd"))
next(a)
r = a.__reduce__()
print(r[0].__name__, r[1], type(r[2][0]).__name__, r[2][1])
d = r[2][0]
dr = d.__reduce__()
print(dr[0].__name__, type(dr[1][0]).__name__, dr[1][1:])
t2 = r[0](*r[1])
t2.__setstate__(r[2])
print(list(t2), list(b))
TD = type(d)
nd = TD(iter("pq"), ["x", "y"], None)
t3 = itertools._tee([])
t3.__setstate__((nd, 1))
print(list(t3))
show(lambda: TD(iter("x"), [1] * 58, None))
show(lambda: TD(iter("x"), [1], 5))
show(lambda: TD(iter("x"), 5, None))
show(lambda: TD())
show(lambda: TD(1, [], None, x=1))
big = TD(iter("rest"), list(range(57)), TD(iter("s"), ["n"], None))
t4 = itertools._tee([])
t4.__setstate__((big, 55))
print(list(t4))
show(lambda: t4.__setstate__(5))
show(lambda: t4.__setstate__((1, 2)))
show(lambda: t4.__setstate__((d, 58)))
show(lambda: t4.__setstate__((d, -1)))
show(lambda: t4.__setstate__((d,)))
show(lambda: itertools._tee())
show(lambda: itertools._tee(5))
show(lambda: itertools._tee([], x=1))
print(list(itertools._tee("abc")), type(itertools._tee("a").__copy__()).__name__)
show(lambda: tee("abc", -1))
show(lambda: tee(5))
show(lambda: tee(5, 0))
show(lambda: tee())
show(lambda: tee("a", 2, 3))
show(lambda: tee("a", n=2))
show(lambda: tee("a", 2**100))
show(lambda: tee("a", 1.5))
print(tee.__name__, tee.__module__, tee.__doc__)
for name in ["_tee", "_tee_dataobject"]:
    T = getattr(itertools, name)
    print(T.__name__, T.__module__)
    try:
        class S(T):
            pass
    except TypeError as e:
        print(e)
