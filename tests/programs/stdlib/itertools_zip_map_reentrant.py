# zip, map and filter keep only their iterators, so a next() on the same object from inside the
# Python code one of their steps runs sees them whole (CPython's test_sf_793826).


def mutatingtuple(tuple1, f, tuple2):
    def g(value, first=[1]):
        if first:
            del first[:]
            f(next(z))
        return value

    items = list(tuple2)
    items[1:1] = list(tuple1)
    gen = map(g, items)
    z = zip(*[gen] * len(tuple1))
    print("outer", next(z))
    print("rest", list(z))


def f(t):
    global T
    T = t


mutatingtuple((1, 2, 3), f, (4, 5, 6))
print("inner", T)


def g(x):
    if x == 0:
        return ("inner", next(m))
    return x


m = map(g, iter(range(6)))
print(next(m), list(m), list(m))


def pred(x):
    if x == 0:
        print("nested", next(fl))
    return x % 2 == 0


fl = filter(pred, iter(range(7)))
print(next(fl), list(fl))


def stop(x):
    if x == 0:
        try:
            next(z2)
        except StopIteration:
            print("nested StopIteration")
    return x


z2 = zip(map(stop, [0]))
print(list(z2), list(z2))

z3 = zip("ab", [1, 2, 3], strict=True)


def h(x):
    if x == 1:
        try:
            print(list(z3))
        except ValueError as e:
            print("ValueError", e)
    return x


try:
    print(list(map(h, z3)))
except ValueError as e:
    print("ValueError", e)
