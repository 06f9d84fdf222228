# enumerate(): start values (negative, huge, __index__), laziness, errors

print(list(enumerate("abc")), list(enumerate([])), list(enumerate("ab", 1)))
print(list(enumerate("ab", start=-5)), list(enumerate("ab", 2**64)), list(enumerate("ab", True)))
print(list(enumerate(range(3), -(10**20))))
e = enumerate(["x", "y"])
print(type(e).__name__, iter(e) is e, next(e), next(e), next(e, "end"))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(dict(enumerate("hey")), {v: k for k, v in enumerate("hey")})


class Idx:
    def __index__(self):
        return 7


print(list(enumerate("q", Idx())))
for bad in [1.5, "1", None]:
    try:
        enumerate("ab", bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad_args, kw in [((), {}), ((5,), {}), (("a", 1, 2), {}), (("a",), {"begin": 1})]:
    try:
        enumerate(*bad_args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)

pulled = []


def source():
    for c in "abc":
        pulled.append(c)
        yield c


en = enumerate(source())
print(pulled, next(en), pulled)
print(list(en), pulled)

big = enumerate(iter(range(3)), 2**63 - 2)
print(list(big))
lst = [10, 20, 30]
for i, v in enumerate(lst):
    if i == 0:
        lst.append(40)
    print(i, v)
print(lst)
it = iter([1, 2, 3])
en = enumerate(it)
next(en)
print(next(it), list(en))
print(list(enumerate({"k1": 1, "k2": 2}.items())))
print(list(enumerate(reversed("abc"), 100)))


class Stop:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("iteration failed")


try:
    list(enumerate(Stop()))
except ValueError as e:
    print(type(e).__name__, e)
print(sum(i * v for i, v in enumerate(range(10))))
print([(i, c) for i, c in enumerate("\u00e9\U0001f600")])
