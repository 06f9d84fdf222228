# Cycles through itertools objects are collected by the cycle collector.
import gc
import itertools
from _weakref import ref


class Node:
    def __float__(self):
        return 0.0


def check(name, make):
    n = Node()
    n.it = make(n)
    r = ref(n)
    del n
    gc.collect()
    print(name, r() is None)


check("count", lambda n: itertools.count(0, n))
check("cycle", lambda n: itertools.cycle([n]))
check("cycle-saved", lambda n: (lambda c: (next(c), c)[1])(itertools.cycle([n])))
check("repeat", lambda n: itertools.repeat(n))
check("accumulate", lambda n: itertools.accumulate([n], initial=n))
check("chain", lambda n: itertools.chain([n], [n]))
check("compress", lambda n: itertools.compress([n], [1]))
check("dropwhile", lambda n: itertools.dropwhile(n, []))
check("takewhile", lambda n: itertools.takewhile(n, []))
check("filterfalse", lambda n: itertools.filterfalse(n, []))
check("starmap", lambda n: itertools.starmap(n, []))
check("islice", lambda n: itertools.islice([n], 1))
check("zip_longest", lambda n: itertools.zip_longest([], fillvalue=n))
check("pairwise", lambda n: (lambda p: (next(p, None), p)[1])(itertools.pairwise([n, n, n])))
check("product", lambda n: itertools.product([n]))
check("permutations", lambda n: (lambda p: (next(p), p)[1])(itertools.permutations([n])))
check("combinations", lambda n: itertools.combinations([n], 1))
check("cwr", lambda n: itertools.combinations_with_replacement([n], 1))


def groupby_cycle(n):
    g = itertools.groupby([n, n])
    k, grp = next(g)
    n.grp = grp
    return g


check("groupby", groupby_cycle)


def tee_cycle(n):
    a, b = itertools.tee([n] * 100)
    next(a)
    n.b = b
    return a


check("tee", tee_cycle)


# A tee whose source refers back to the tee.
def self_tee(n):
    def gen():
        yield n

    a, b = itertools.tee(gen())
    n.a = a
    return b


check("tee-source", self_tee)

# Long tee buffers and chains are freed without recursion.
a, b = itertools.tee(range(10**6))
for _ in a:
    pass
del a, b
c = itertools.chain()
for _ in range(100000):
    c = itertools.chain([1], c)
del c
print("freed")
