# identity via `is`: singletons, aliasing, copies, and guaranteed-distinct objects

a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c, b is not a)
b.append(3)
print(a, c)
print(None is None, ... is Ellipsis, NotImplemented is NotImplemented, True is True, False is not True)
print(type(None)() is None, type(...)() is Ellipsis, type(NotImplemented)() is NotImplemented)
print(bool() is False, bool(1) is True, (1 == 1) is True, (not 0) is True, type(True) is bool)
print(() is (), tuple() is (), tuple([]) is ())
print(int is int, type(1) is int, type(type) is type, object.__class__ is type)
print(a[:] is a, a.copy() is a, tuple(t := (1, 2)) is t, str("s") == "s")
s = "hello"
print(str(s) is s, s[:] is s, s + "" == s, "".join([s]) == s)
t = (1, [2])
print(t[1] is t[1], t[1:] is t[1:] or "slices are new tuples", t[:] is t)
fs = frozenset({1, 2})
print(frozenset(fs) is fs)

x = [[0] * 2] * 2
x[0][0] = 9
print(x, x[0] is x[1])
y = [[0] * 2 for _ in range(2)]
y[0][0] = 9
print(y, y[0] is y[1])


def f(default=[]):
    default.append(len(default))
    return default


r1 = f()
r2 = f()
print(r1 is r2, r1, f([]) is r1)


class Box:
    pass


b1, b2 = Box(), Box()
print(b1 is b2, b1 is b1, b1 == b1, b1 == b2, b1 != b2)
d = {b1: "first", b2: "second"}
print(d[b1], d[b2], len(d))
it = iter(a)
print(iter(it) is it, iter(a) is iter(a))
m1 = a.append
m2 = a.append
print(m1 is m2, m1 == m2, m1.__self__ is a)
print(Box.__init__ is object.__init__, Box.__dict__ == Box.__dict__)
g = (i for i in range(2))
print(iter(g) is g, g.__iter__() is g)
e1 = ValueError("x")
try:
    raise e1
except ValueError as caught:
    print(caught is e1)
nan = float("nan")
lst = [nan]
print(nan == nan, nan is nan, nan in lst, lst == [nan], lst.count(nan), lst.index(nan))
print([nan] == [float("nan")], (nan,) == (nan,))
import sys  # noqa: E402
import sys as sys2  # noqa: E402

print(sys is sys2, sys.modules["sys"] is sys)
print(getattr(Box, "__name__") == "Box")
print(min([a]) is a, max(a, c) in (a, c), sorted([a])[0] is a, list(reversed([a]))[0] is a)
print([v is w for v, w in zip([a, c], [b, c])])
