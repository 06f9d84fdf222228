# reversed(tuple) keeps the tuple (its __reduce__ and copies give it back); a tuple subclass with
# its own __init__ may be called with keywords, which tuple.__new__ ignores.
import copy
import pickle

t = (1, 2, 3)
it = reversed(t)
print(type(it).__name__, it.__reduce__(), it.__length_hint__())
next(it)
print(it.__reduce__(), it.__length_hint__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it2 = pickle.loads(pickle.dumps(it, proto))
    print(proto, type(it2).__name__, list(it2))
c = copy.copy(it)
print(list(c), list(it), it.__reduce__(), it.__length_hint__())
it = reversed(t)
it.__setstate__(7)
print(list(it))
it = reversed(t)
it.__setstate__(-5)
print(list(it))
print(list(reversed(())), type(reversed([])).__name__)


class S(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


u = S([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)


class P(tuple):
    pass


for f in (lambda: P(sequence=()), lambda: tuple(x=1), lambda: tuple(1, 2),
          lambda: tuple.__new__(tuple, 1, 2, 3), lambda: S([1], [2], newarg=1)):
    try:
        f()
    except TypeError as e:
        print(e)
