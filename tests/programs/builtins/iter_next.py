# iter() and next(): sequences, sentinel form, defaults, errors

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

print(list(iter("abc")), list(iter((1, 2))), sorted(iter({3, 1, 2})))
d = {"x": 1, "y": 2}
print(list(iter(d)))
i = iter(range(3))
print(iter(i) is i)


class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(iter(OldSeq())))
print(list(OldSeq()))
print(4 in OldSeq(), 5 in OldSeq())


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


print(list(iter(Counter(), 5)))
print(list(iter(Counter(), 1)))
data = ["a", "b", "", "c"]
pos = iter(data)
print(list(iter(lambda: next(pos), "")))


def raiser():
    raise StopIteration


print(list(iter(raiser, 1)))

for bad in [5, None, 1.5]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5, 0)
except TypeError as e:
    print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)


class SelfIter:
    def __init__(self):
        self.k = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.k += 1
        if self.k > 3:
            raise StopIteration("custom")
        return self.k * 10


s = SelfIter()
print([x for x in s], next(s, "exhausted"))


class NotIterable:
    __iter__ = None


try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)

g = (c.upper() for c in "hey")
print(next(g), next(g), next(g), next(g, "end"))
e = enumerate("ab")
print(next(e), next(e), next(e, None))
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter()
except TypeError as e:
    print(type(e).__name__, e)
