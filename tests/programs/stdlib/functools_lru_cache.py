import sys
from _functools import _lru_cache_wrapper

class CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))
    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

def lru_cache(maxsize=128, typed=False):
    def deco(fn):
        w = _lru_cache_wrapper(fn, maxsize, typed, CacheInfo)
        w.__wrapped__ = fn
        w.__name__ = fn.__name__
        w.__qualname__ = fn.__qualname__
        w.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return w
    return deco

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print([sq(i) for i in [1, 2, 1, 3, 2, 1]], calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(4), sq.cache_info(), sq.cache_parameters(), sq.__wrapped__.__name__, sq.__name__)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())

@lru_cache(typed=True)
def t(x, **kw):
    calls.append((x, kw))
    return repr(x)
calls.clear()
print(t(1), t(1.0), t(1), t(1, a=2), t(1, a=2), t(x=1), calls, t.cache_info())

@lru_cache()
def u(*args, **kw):
    calls.append(args)
    return len(args) + len(kw)
calls.clear()
print(u(), u(), u(1, 2), u(1, 2), u('a'), u('a'), u(a=1), u(a=1), calls, u.cache_info())
try:
    u([1])
except TypeError as e:
    print('TypeError', e)

class C:
    def __init__(self):
        self.n = 0
    @lru_cache(maxsize=4)
    def meth(self, x):
        self.n += 1
        return (self.n, x)
    def __hash__(self):
        return 1
c = C()
print(c.meth(1), c.meth(1), c.meth(2), C.meth(c, 1), C.meth.cache_info(), type(C.__dict__['meth']).__name__)

@lru_cache(maxsize=3)
def boom(x):
    return inner(x)
def inner(x):
    return 1 / x
try:
    boom(0)
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
print(boom.cache_info())

@lru_cache(maxsize=2)
def rec(n):
    return 0 if n == 0 else rec(n - 1) + 1
print(rec(50), rec.cache_info())

print(sq.__reduce__(), sq.__copy__() is sq, sq.__deepcopy__({}) is sq, sorted(sq.__dict__))
for bad in [lambda: _lru_cache_wrapper(1, 2, 3, 4), lambda: _lru_cache_wrapper(len, 'a', False, None),
            lambda: _lru_cache_wrapper(len), lambda: _lru_cache_wrapper(len, -5, False, CacheInfo).cache_info()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(type(sq), _lru_cache_wrapper.__module__)


def f(n):
    return 0 if n == 0 else g(n - 1) + 1
g = _lru_cache_wrapper(f, None, False, tuple)
for n in (400, 490, 495, 980, 2000):
    try:
        print(n, g(n))
    except RecursionError as e:
        print(n, 'RecursionError', e)
