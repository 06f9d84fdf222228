# product, permutations, combinations, combinations_with_replacement: values, sizes, argument errors,
# reduce/setstate (including clamped states).
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
from math import comb, factorial, perm


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


print(list(product("ab", "xy")), list(product("ab", repeat=2)), list(product()), list(product(repeat=0)))
print(list(product("ab", "")), list(product(range(2), repeat=3))[-2:], list(product("ab", repeat=0)))
print(list(product([1, 2], iter("xy"), (True,))))
print(len(list(product(range(3), range(4), repeat=2))))
print(list(permutations("abc")), list(permutations("abc", 2)), list(permutations("ab", 5)))
print(list(permutations("")), list(permutations("", 0)), list(permutations("ab", 0)), list(permutations(range(3), r=None)))
print(list(combinations("abcd", 2)), list(combinations("abc", 0)), list(combinations("ab", 5)), list(combinations("", 0)))
print(list(cwr("abc", 2)), list(cwr("", 2)), list(cwr("", 0)), list(cwr("ab", 0)), list(cwr("a", 3)))
for n in range(6):
    for r in range(7):
        assert len(list(permutations(range(n), r))) == (perm(n, r) if r <= n else 0)
        assert len(list(combinations(range(n), r))) == (comb(n, r) if r <= n else 0)
        assert len(list(cwr(range(n), r))) == (comb(n + r - 1, r) if n else int(r == 0))
        assert sorted(permutations(range(n), r)) == list(permutations(range(n), r))
print("counts ok", len(list(permutations(range(7)))) == factorial(7))

show(lambda: product(1))
show(lambda: product([], repeat=-1))
show(lambda: product([], repeat="a"))
show(lambda: product([], x=1))
show(lambda: product([], repeat=1, x=2))
show(lambda: product("ab", repeat=2**62))
show(lambda: product("ab", repeat=2**100))
show(lambda: list(product(repeat=2**62)))
show(lambda: list(product(1, repeat=0)))
show(lambda: permutations())
show(lambda: permutations(1))
show(lambda: permutations([], -1))
show(lambda: permutations([], "a"))
show(lambda: permutations([], 1.0))
show(lambda: permutations([], 1, 2))
show(lambda: permutations(x=1))
show(lambda: permutations([], 2**100))
show(lambda: list(permutations("ab", True)))
show(lambda: combinations())
show(lambda: combinations([]))
show(lambda: combinations([], -1))
show(lambda: combinations([], None))
show(lambda: combinations(1, -1))
show(lambda: list(combinations(iterable=[1, 2], r=1)))
show(lambda: combinations([], r=2**100))
show(lambda: cwr([]))
show(lambda: cwr([], -1))
show(lambda: cwr([], 1, 2))

# reduce
for it in [product("ab", repeat=2), permutations("abc", 2), combinations("abc", 2), cwr("abc", 2)]:
    print(it.__reduce__())
    next(it)
    print(it.__reduce__())
    list(it)
    print(it.__reduce__())
print(permutations("abc", 5).__reduce__(), combinations("abc", 5).__reduce__(), cwr("", 2).__reduce__())
print(product("ab", "").__reduce__(), product().__reduce__())

# setstate (states are clamped into range)
p = product("ab", "xy")
next(p)
p.__setstate__((1, 1))
print(list(p))
p = product("ab", "xy")
p.__setstate__((0, 0))
print(list(p))
p = product("ab", "xy")
next(p)
p.__setstate__((9, -3))
print(list(p))
p = product("ab", "")
p.__setstate__((0, 0))
print(list(p))
c = combinations("abcd", 2)
next(c)
c.__setstate__((1, 9))
print(list(c))
c = combinations("abcd", 3)
c.__setstate__((0, 0, 0))
print(list(c))
c = permutations("abc", 2)
next(c)
c.__setstate__(((2, 1, 0), (9, -1)))
print(list(c))
c = permutations("abcd")
c.__setstate__(((3, 2, 1, 0), (1, 1, 1, 1)))
print(list(c))
c = cwr("abc", 2)
next(c)
c.__setstate__((5, -5))
print(list(c))

# round trip mid-iteration through __reduce__
for make in [lambda: product("abc", repeat=2), lambda: permutations("abcd", 3),
             lambda: combinations("abcde", 3), lambda: cwr("abcd", 3)]:
    it = make()
    for _ in range(5):
        next(it)
    r = it.__reduce__()
    copy = r[0](*r[1])
    if len(r) > 2:
        copy.__setstate__(r[2])
    print(list(copy) == list(it))

show(lambda: product("ab").__setstate__(5))
show(lambda: product("ab").__setstate__((5,)))
show(lambda: product("ab", "cd").__setstate__((1,)))
show(lambda: product("ab").__setstate__(("a",)))
show(lambda: product("ab").__setstate__((2**100,)))
show(lambda: permutations("ab").__setstate__(5))
show(lambda: permutations("ab").__setstate__(((0, 1),)))
show(lambda: permutations("ab").__setstate__(((0, 1), (0,))))
show(lambda: permutations("ab").__setstate__(((0, 1), (0, 1, 2))))
show(lambda: permutations("ab").__setstate__(([0, 1], (0, 1))))
show(lambda: permutations("ab").__setstate__(((0, 1), [0, 1])))
show(lambda: combinations("ab", 1).__setstate__(5))
show(lambda: combinations("ab", 1).__setstate__((0, 1)))
show(lambda: combinations("ab", 1).__setstate__(("x",)))
show(lambda: cwr("ab", 1).__setstate__((0, 1)))


class P(product):
    pass


print(type(P("ab")).__name__, list(P("ab", repeat=1)), P("a").__reduce__()[0].__name__)

# Absurd sizes are a MemoryError, never a crash.
show(lambda: permutations(range(3), 2**62))
show(lambda: combinations("ab", 2**62))
show(lambda: cwr("", 2**62))
