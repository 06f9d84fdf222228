# The module's names and types: __name__/__qualname__/__module__, subclassing, the iterator
# protocol, receiver errors, and re-entrant use of iterators from their own sources.
import itertools

print(sorted(n for n in dir(itertools) if not n.startswith("__")))
print(itertools.__name__, itertools.__doc__.splitlines()[0])
names = ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile", "takewhile",
         "filterfalse", "groupby", "islice", "starmap", "zip_longest", "pairwise", "product",
         "permutations", "combinations", "combinations_with_replacement", "_grouper", "_tee",
         "_tee_dataobject"]
for n in names:
    t = getattr(itertools, n)
    try:
        class S(t):
            pass
        sub = "subclassable"
    except TypeError as e:
        sub = str(e)
    print(n, t.__name__, t.__qualname__, t.__module__, repr(t), type(t).__name__, sub)

samples = [itertools.count(), itertools.cycle("a"), itertools.repeat(1), itertools.accumulate([]),
           itertools.chain(), itertools.compress([], []), itertools.dropwhile(None, []),
           itertools.takewhile(None, []), itertools.filterfalse(None, []), itertools.groupby([]),
           itertools.islice([], 1), itertools.starmap(None, []), itertools.zip_longest(),
           itertools.pairwise([]), itertools.product(), itertools.permutations([]),
           itertools.combinations([], 1), itertools.combinations_with_replacement([], 1),
           itertools.tee([])[0]]
for s in samples:
    print(type(s).__name__, iter(s) is s, hasattr(s, "__next__"), hasattr(s, "__reduce__"),
          hasattr(s, "__setstate__"), hasattr(s, "__length_hint__"))


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: itertools.chain.__next__(itertools.count()))
show(lambda: itertools.cycle.__reduce__([]))
show(lambda: itertools.islice.__setstate__(1, 2))
show(lambda: itertools._tee.__copy__(1))
show(lambda: itertools.count.__new__(int))
show(lambda: itertools.count.__new__())
show(lambda: itertools.repeat.__length_hint__(itertools.count()))
print(repr(itertools.count.__new__(itertools.count)))

# for-loops, unpacking and builtins drive them like any iterator.
a, b, *rest = itertools.islice(itertools.count(10), 5)
print(a, b, rest, sum(itertools.repeat(2, 50)), sorted(itertools.chain("ba", "dc")))
print(dict(itertools.zip_longest("ab", [1])), sorted(set(itertools.compress("abc", [1, 0, 1]))))
print(max(itertools.accumulate(range(10))), "".join(itertools.chain.from_iterable(["ab", "c"])))

# An iterator advanced from inside its own source or predicate.
c = None


def src():
    yield 1
    yield next(c)
    yield 3


c = itertools.chain(src())
print(next(c))
try:
    next(c)
except ValueError as e:
    print("ValueError", e)
print(list(c))

tw = None


def pred(x):
    if x == 2:
        print("inner", next(tw, "end"))
    return x < 4


tw = itertools.takewhile(pred, iter(range(10)))
print(list(tw))

g = None


def keyf(x):
    if x == 1:
        print("inner", [k for k, _ in itertools.islice(g, 1)])
    return x // 2


g = itertools.groupby(range(6), keyf)
print([(k, list(v)) for k, v in g])

cy = None


def cysrc():
    yield "a"
    yield next(cy)


cy = itertools.cycle(cysrc())
print(next(cy))
try:
    next(cy)
except ValueError as e:
    print("ValueError", e)
print([next(cy) for _ in range(3)])

# Argument errors of the methods (slot wrappers and plain methods).
def e(f):
    try: f()
    except TypeError as ex: print(ex)
c = itertools.count(); t = itertools.tee('a')[0]; r = itertools.repeat(1, 2); cy = itertools.cycle('a')
e(lambda: c.__next__(1)); e(lambda: c.__next__(x=1)); e(lambda: c.__reduce__(1)); e(lambda: t.__copy__(1))
e(lambda: r.__length_hint__(1)); e(lambda: cy.__setstate__()); e(lambda: cy.__setstate__(1, 2)); e(lambda: cy.__setstate__(x=1))
e(lambda: itertools.count.__reduce__(c, 1)); e(lambda: c.__repr__(1)); e(lambda: c.__iter__(1))
e(lambda: itertools.count.__next__()); e(lambda: itertools.count.__reduce__())
