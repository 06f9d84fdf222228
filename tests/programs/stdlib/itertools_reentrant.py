# Iterators advanced re-entrantly from their own sources, key functions and operators.
import itertools


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# re-entrant groupby through the key function touching the grouper
g = None; grp = None
def key(x):
    if grp is not None:
        try:
            print("inner", next(grp, None))
        except Exception as e:
            print(type(e).__name__, e)
    return x // 3
g = itertools.groupby(range(7), key)
k, grp = next(g)
show(lambda: list(grp))
show(lambda: [(k, list(v)) for k, v in g])
# zip_longest re-entrant
z = None
def s():
    yield 1
    print("inner", next(z, "x"))
    yield 2
z = itertools.zip_longest(s(), "abc")
show(lambda: list(z))
# accumulate re-entrant via func
a = None
def f(x, y):
    print("inner", next(a, None))
    return x + y
a = itertools.accumulate(range(5), f)
show(lambda: list(a))
# product / permutations etc can't re-enter (pools are tuples)
# islice re-entrant
s2 = None
def src():
    for i in range(10):
        if i == 3:
            print("inner", next(s2, None))
        yield i
s2 = itertools.islice(src(), 1, 9, 2)
show(lambda: list(s2))
# starmap / filterfalse / dropwhile re-entering
d = None
def pr(x):
    if x == 1:
        print("inner", next(d, None))
    return x < 3
d = itertools.dropwhile(pr, iter(range(6)))
show(lambda: list(d))
# pairwise re-entrant (3.11 has no guard)
p = None
def ps():
    yield 1
    yield 2
    print("inner", next(p, None))
    yield 3
    yield 4
p = itertools.pairwise(ps())
show(lambda: list(p))
show(lambda: list(p))
