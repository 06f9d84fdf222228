# Natives that recurse on the Rust stack, nested far deeper than CPython's C stack allows:
# each must finish or raise RecursionError, never crash.
import sys

sys.setrecursionlimit(10**7)
N = 200_000


def attempt(name, f):
    try:
        r = f()
    except RecursionError as e:
        r = "RecursionError: " + str(e)
    print(name, r)


a = b = None
a, b = [], []
for _ in range(N):
    a, b = [a], [b]
attempt("list ==", lambda: a == b)
attempt("list <", lambda: a < b)
d = e = {}
for _ in range(N):
    d, e = {"k": d}, {"k": e}
attempt("dict ==", lambda: d == e)
attempt("repr", lambda: len(repr(a)))
t = ()
for _ in range(N):
    t = (t,)
attempt("hash", lambda: hash(t) == hash(t))


def through_sorted(k):
    return 0 if k == 0 else sorted([k], key=lambda x: through_sorted(k - 1))[0]


attempt("sorted key", lambda: through_sorted(N))


class Node:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return "N(" + repr(self.child) + ")"


x = None
for _ in range(N):
    x = Node(x)
attempt("__repr__", lambda: len(repr(x)))
attempt("min key", lambda: min([1], key=lambda v: through_sorted(N)))
print("done")
