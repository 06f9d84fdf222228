from _functools import partial, reduce, cmp_to_key

def f(*args, **kw):
    return args, kw

p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9), p.func is f, p.args, p.keywords)
print(repr(partial(print, 1, sep='')), repr(p)[:25])
q = partial(p, 10, c=11)
print(q.func is f, q.args, q.keywords, q())
p.attr = 'x'
r = partial(p, 7)
print(r.func is p, r.args, r.__dict__, p.__dict__)
print(partial(print, 1, sep='').__reduce__())
s = partial(f)
s.__setstate__((f, (1,), {'k': 2}, {'extra': 1}))
print(s(), s.extra, s.__dict__)
s.__setstate__((f, (3,), None, None))
print(s(), s.args, s.keywords)
print(partial[int], partial.__name__, partial.__module__, type(partial(f)))

class P(partial):
    pass
pp = P(f, 1)
print(repr(P(max, 1)), pp(2), type(P(pp, 3).func).__name__)

rec = partial(max)
rec.__setstate__((max, (rec,), {}, None))
print(repr(rec))

def g(x, y):
    return x - y
print(partial(g, y=1)(5), partial(g, 10)(3))

class C:
    m = partial(f, 'bound?')
print(C().m())

for bad in [lambda: partial(), lambda: partial(1), lambda: partial(f).__setstate__(1),
            lambda: partial(f).__setstate__((1, 2, 3, 4)), lambda: setattr(partial(f), 'func', 1),
            lambda: partial(f).__get__, lambda: partial(g, 1, 2)(3), lambda: hash(partial(f)) is None]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(lambda a, b: a + b, 'abc', '>'))
print(reduce(lambda a, b: a + b, iter([5])))
for bad in [lambda: reduce(), lambda: reduce(1, 2), lambda: reduce(lambda a, b: a, []), lambda: reduce(1, 2, 3, 4),
            lambda: reduce(lambda a, b: a, [], x=1), lambda: reduce(lambda a, b: 1 / 0, [1, 2])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

def cmp(a, b):
    return (a > b) - (a < b)
K = cmp_to_key(cmp)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), K(1) < K(2), K(2) <= K(1), K(1) == K(1), K(3) != K(3), K(5) > K(4), K(4) >= K(5))
print(K(7).obj, K.obj if False else cmp_to_key(cmp).obj, type(K).__name__, type(K(1)))
for bad in [lambda: K(1) < 5, lambda: cmp_to_key(), lambda: cmp_to_key(1)(2) < cmp_to_key(1)(3), lambda: hash(K(1)),
            lambda: K(1, 2), lambda: K(), lambda: K(obj=3).obj, lambda: cmp_to_key(mycmp=cmp)(1) < K(2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

def capture(*a, **k):
    return a, k
p = partial(capture)
p.keywords[1234] = 'value'
print(repr(p)[-17:])
for f in [lambda: p(), lambda: partial(max)(), lambda: setattr(p, 'args', ()), lambda: setattr(p, '__dict__', 5),
          lambda: p.__setstate__((capture, (), {})), lambda: p.__setstate__([capture, (), {}, None]),
          lambda: p.__setstate__((capture, [], {}, None)), lambda: p.__setstate__((capture, (), [], None)),
          lambda: p.__setstate__((None, (), {}, None)), lambda: partial(capture, a=1)(a=2),
          lambda: partial(capture, 1, 2)(3, b=4), lambda: partial(len)(),
          lambda: partial(partial(capture, 1, k=2), 3, j=4)()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = {'a': 1}
q = partial(capture, **d)
d['a'] = 2
print(q())
class MyTuple(tuple): pass
class MyDict(dict): pass
s = partial(capture)
s.__setstate__((capture, MyTuple((1,)), MyDict(a=10), None))
print(type(s.args).__name__, type(s.keywords).__name__, s())
from _functools import cmp_to_key
from _weakref import ProxyType, CallableProxyType
K = cmp_to_key(None)
for t in [type(K), ProxyType, CallableProxyType]:
    try:
        t()
    except TypeError as e:
        print('TypeError', e)
def cmp1(x, y): return x - y
key = cmp_to_key(mycmp=cmp1)
print(key(obj=3) == key(obj=3), key(3) > key(1), key(50).obj)
class BadCmp:
    def __lt__(self, other): raise ZeroDivisionError
def bad(x, y): raise ZeroDivisionError
try:
    cmp_to_key(bad)(3) < cmp_to_key(bad)(4)
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    sorted(['a', 'b'], key=cmp_to_key(lambda x, y: x - y))
except TypeError as e:
    print('TypeError', e)
