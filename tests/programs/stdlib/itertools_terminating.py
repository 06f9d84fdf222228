# accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, zip_longest, pairwise,
# islice: values, argument errors, reduce/setstate.
import operator
from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap,
                       zip_longest, pairwise, islice, count)


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


def names(r):
    """A reduce tuple with iterators shown by type name."""
    def name(x):
        if type(x).__name__.endswith("iterator") or type(x).__module__ == "itertools":
            return "<" + type(x).__name__ + ">"
        if isinstance(x, tuple):
            return tuple(name(y) for y in x)
        if type(x).__name__ == "function":
            return "<function>"
        return x
    return name(r)


# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([], initial=5)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], func=None, initial=None)))
a = accumulate([1, 2, 3])
print(names(a.__reduce__()))
next(a)
print(names(a.__reduce__()))
a = accumulate([1, 2, 3], initial=100)
r = a.__reduce__()
print(names(r), list(r[1][0]))
a = accumulate([None, 1], lambda x, y: y)
next(a)
r = a.__reduce__()
print(r[0].__name__, r[1][1:], list(r[0](*r[1])))
a = accumulate([1, 2, 3])
next(a)
a.__setstate__(100)
print(list(a))
show(lambda: accumulate())
show(lambda: accumulate(1))
show(lambda: accumulate([], None, 3))
show(lambda: accumulate([], x=1))
show(lambda: list(accumulate([1, 2], 5)))
show(lambda: list(accumulate([1, "a"])))

# chain
print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["ab", "cd"])))
print(list(chain.from_iterable(iter([[1], [], [2, 3]]))))
c = chain(1)
show(lambda: list(c))
show(lambda: list(c))
show(lambda: list(chain([1], 2)))
show(lambda: chain(x=1))
show(lambda: chain.from_iterable())
show(lambda: list(chain.from_iterable(1)))
show(lambda: list(chain.from_iterable([1])))
c = chain("ab", "cd")
print(names(c.__reduce__()))
next(c)
print(names(c.__reduce__()))
list(c)
print(names(c.__reduce__()))
c = chain("ab", "cd")
next(c)
r = c.__reduce__()
c2 = r[0](*r[1])
c2.__setstate__(r[2])
print(list(c2))
show(lambda: chain().__setstate__(5))
show(lambda: chain().__setstate__(()))
show(lambda: chain().__setstate__((5,)))
show(lambda: chain().__setstate__((iter([]), 5)))
show(lambda: chain().__setstate__((1, 2, 3)))
print(type(chain.from_iterable([])).__name__, chain.from_iterable.__name__)


class MyChain(chain):
    pass


print(type(MyChain.from_iterable(["ab"])).__name__, list(MyChain("x", "y")))

# compress
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("abc", [1])), list(compress("a", [1, 1, 1])))
print(list(compress(data=range(5), selectors=[0, 1, 1])))
print(names(compress("ab", [1]).__reduce__()))
show(lambda: compress())
show(lambda: compress([1]))
show(lambda: compress(1, []))
show(lambda: compress([], 1))
show(lambda: compress([], [], []))

# dropwhile / takewhile
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 2])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 2])))
print(list(dropwhile(bool, [])), list(takewhile(bool, [])))
d = dropwhile(lambda x: x < 2, [1, 2, 3])
print(names(d.__reduce__()))
next(d)
print(names(d.__reduce__()))
d = dropwhile(lambda x: x < 3, [1, 2, 3, 1])
d.__setstate__(True)
print(list(d))
t = takewhile(lambda x: x < 2, [1, 2, 1])
print(list(t), names(t.__reduce__()), list(t))
t = takewhile(bool, [1, 1])
t.__setstate__(1)
print(list(t))
show(lambda: dropwhile())
show(lambda: dropwhile(None))
show(lambda: dropwhile(None, 1))
show(lambda: dropwhile(x=1))
show(lambda: list(dropwhile(None, [1])))
show(lambda: takewhile())
show(lambda: list(takewhile(1, [1])))

# filterfalse
print(list(filterfalse(None, [0, 1, "", "a", None])), list(filterfalse(lambda x: x % 2, range(6))))
print(names(filterfalse(None, []).__reduce__()))
show(lambda: filterfalse())
show(lambda: filterfalse(None))
show(lambda: filterfalse(None, [], 3))
show(lambda: filterfalse(x=1))

# starmap
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(operator.add, ["ab", "cd"])))
print(list(starmap(lambda *a: a, [[], [1], iter([1, 2])])))
print(names(starmap(pow, []).__reduce__()))
show(lambda: starmap())
show(lambda: starmap(None))
show(lambda: list(starmap(pow, [1])))

# zip_longest
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "c", fillvalue="-")), list(zip_longest()))
print(list(zip_longest("a")), list(zip_longest("", "")), list(zip_longest(range(3), "ab", (), fillvalue=0)))
z = zip_longest("ab", "c", fillvalue=0)
print(names(z.__reduce__()))
next(z)
next(z)
print(names(z.__reduce__()))
z = zip_longest("ab", "cde")
z.__setstate__("F")
print(list(z))
show(lambda: zip_longest(1))
show(lambda: zip_longest([], fillvalue=1, x=2))
show(lambda: zip_longest(x=2))

# pairwise
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise("")), list(pairwise(range(3))))
show(lambda: pairwise())
show(lambda: pairwise(1))
show(lambda: pairwise([], []))
show(lambda: pairwise(x=1))
p = pairwise(iter("abc"))
print(next(p), next(p))
show(lambda: next(p))
show(lambda: next(p))

# islice
print(list(islice(range(10), 3)), list(islice(range(10), 2, 5)), list(islice(range(10), 1, 9, 3)))
print(list(islice(range(10), None)), list(islice(range(10), 5, None)), list(islice(range(10), None, None, 4)))
print(list(islice(count(), 2, 12, 5)), list(islice("abc", 10)), list(islice("abc", 0)))
print(list(islice(range(10), True)), list(islice(range(10), 2**63 - 1))[-1:])
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for args in [(-1,), ("a",), (1, -1), (-1, 2), (1, 2, 0), (1, 2, -1), (2**100,), (1.0,), (1, 1.0),
             (0, 1, 1.0), (2**63,), (-2,), (1, -5), (2**100, 1), (2**100, None), (0, None, 2**100)]:
    show(lambda: islice([], *args))
show(lambda: islice())
show(lambda: islice([]))
show(lambda: islice([], 1, 2, 3, 4))
show(lambda: islice(1, 2))
show(lambda: islice(1, -1))
show(lambda: islice([], x=1))
s = islice(range(10), 2, 8, 2)
print(names(s.__reduce__()))
next(s)
print(names(s.__reduce__()))
s.__setstate__(0)
print(list(s), names(s.__reduce__()))
s = islice(range(10), 2)
print(names(s.__reduce__()))
show(lambda: islice("", 1).__setstate__("a"))


class Idx:
    def __index__(self):
        return 2


print(list(islice(range(10), Idx(), Idx() + 0 if False else 6, Idx())))
