# tuples: construction, packing/unpacking, immutability, methods, comparison, hashing, nesting

t = (1, "two", 3.0, None, [5])
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], type(t[1:2]).__name__)
print((), (1,), (1), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"k": 0}), tuple(x for x in "xy"))
packed = 1, 2, 3
a, b, c = packed
first, *middle, last = range(6)
(x, y), z = (1, 2), 3
head, *tail = "hello"
*init, end = [1]
print(packed, a, b, c, first, middle, last, x, y, z, head, tail, init, end)
a, b = b, a
print(a, b)
print(t.count(None), t.index(3.0), (1, 1, 1).count(1), (1, 2, 1).index(1, 1), (1, True, 1.0).count(1))
t[4].append(6)
print(t)
for fn in [lambda: t.__setitem__(0, 9), lambda: t.__delitem__(0), lambda: t.append(1), lambda: (1, 2).index(3),
           lambda: hash(t), lambda: t[10], lambda: t["a"], lambda: (1,) + [2], lambda: (1,) * 1.5]:
    try:
        print(fn())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), (1,) * 0, () + (), ((),) * 2)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) == [1, 2], (1,) != (1.0,))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1.0, (2, 3.0))), {(1, 2): "pt"}[(1, 2)], (1, 2) in {(1, 2)})
print(hash(()) == hash(tuple()), len({(1,), (1.0,), (True,)}))
for bad in [lambda: a_, lambda: [1, 2] < (1, 2)]:
    try:
        bad()
    except (NameError, TypeError) as e:
        print(type(e).__name__, e)
for src in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, b = 1", "a, *b, c = [1]", "(a, b), c = [1, 2], 3"]:
    try:
        exec(src, {})
        print(src, "ok")
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__, e)
nested = ((1, 2), (3, (4, 5)), ())
print(nested[1][1][0], len(nested), sum(len(n) for n in nested), [i for sub in nested for i in sub])
print(tuple(reversed((1, 2, 3))), sorted((3, 1, 2)), max((1, 5, 3)), min(("b", "a")), 2 in (1, 2), (1, 2).__len__())
e = ()
print(e == (), bool(e), bool((0,)), len(e), repr(e), repr((1,)), repr((1, 2)), str(("a",)))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return "Point%s" % tuple.__repr__(self)


p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), type(p + (5,)).__name__, type(p[:1]).__name__, hash(p) == hash((3, 4)))
try:
    tuple(1)
except TypeError as e:
    print(type(e).__name__, e)
print(tuple(tuple([1, 2])) == (1, 2), tuple.__name__, sorted(n for n in dir(tuple) if not n.startswith("_")))
