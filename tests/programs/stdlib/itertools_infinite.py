# count, cycle and repeat: values, reprs, argument errors, reduce/setstate, subclasses.
import itertools
from itertools import count, cycle, repeat, islice


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


def take(it, n):
    return list(islice(it, n))


# count
print(take(count(), 3), take(count(5), 3), take(count(2, 3), 3), take(count(-2, -1), 3))
print(take(count(1.5, 0.5), 3), take(count(1j), 2), take(count(1, 1j), 2))
print(take(count(start=3, step=2), 2), take(count(step=5), 2))
print(take(count(2**64), 2), take(count(2**63 - 2), 3))


class Num:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __repr__(self):
        return f"Num({self.v})"


print(take(count(Num(1), Num(10)), 3), take(count(Num(2)), 2), repr(count(Num(1), 2)))
for c in [count(), count(5), count(-3), count(1.5), count(1.5, 0.5), count(2**70), count(1, 2),
          count(3, 1.0), count(True), count(1, True), count(1, -1), count(0.0, 1)]:
    print(repr(c), c.__reduce__())
c = count(9)
next(c)
print(repr(c), c.__reduce__())
c = count(2**63 - 2)
print(next(c), next(c), repr(c), next(c), repr(c), c.__reduce__())
show(lambda: count(1, 2, 3))
show(lambda: count(x=1))
show(lambda: count("a"))
show(lambda: count(1, "a"))
show(lambda: count(None))
show(lambda: count.__next__(5))
show(lambda: count.__reduce__(5))


class MyCount(count):
    pass


m = MyCount(10)
print(type(m).__name__, repr(m), next(m), isinstance(m, count), m.__reduce__()[1])
m = MyCount(1.0)
print(repr(m))

# cycle
c = cycle("abc")
print(take(c, 7))
print(take(cycle([]), 3), take(cycle(range(2)), 5))
c = cycle("ab")
r = c.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[2])
next(c)
print(c.__reduce__()[2])
next(c)
next(c)
r = c.__reduce__()
print(r[2], take(r[1][0], 3))
c2 = cycle("xyz")
c2.__setstate__((["p", "q"], True))
print(take(c2, 6))
c2 = cycle("xyz")
c2.__setstate__((["p", "q"], False))
print(take(c2, 6))
show(lambda: cycle())
show(lambda: cycle(1))
show(lambda: cycle([], []))
show(lambda: cycle(x=1))
show(lambda: cycle("a").__setstate__(1))
show(lambda: cycle("a").__setstate__((1,)))
show(lambda: cycle("a").__setstate__(((1,), True)))
show(lambda: cycle("a").__setstate__(([1], [])))


class MyCycle(cycle):
    def __init__(self, it, **kw):
        self.kw = kw


mc = MyCycle("ab", flag=1)
print(mc.kw, take(mc, 3))

# repeat
print(list(repeat(1, 3)), list(repeat("x", 0)), list(repeat(None, -5)), take(repeat(7), 3))
print(list(repeat(object=2, times=2)), list(repeat(3, times=-1)))
for r in [repeat(1), repeat(1, 3), repeat("a", -5), repeat([1, 2], 2), repeat(None, times=1)]:
    print(repr(r), r.__reduce__())
r = repeat(1, 3)
print(r.__length_hint__(), next(r), r.__length_hint__(), repr(r), r.__reduce__())
print(list(r), r.__length_hint__(), repr(r))
import operator
print(operator.length_hint(repeat(1, 4)), operator.length_hint(repeat(1), 11))
show(lambda: repeat(1).__length_hint__())
show(lambda: repeat())
show(lambda: repeat(1, 2, 3))
show(lambda: repeat(1, "a"))
show(lambda: repeat(1, 2.0))
show(lambda: repeat(1, 2**100))
show(lambda: repeat(1, -(2**100)))
show(lambda: repeat(1, x=2))


class MyRepeat(repeat):
    pass


print(repr(MyRepeat("z", 2)), list(MyRepeat("z", 2)))
