from _weakref import proxy, ProxyType, CallableProxyType
import gc

class Node:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Node(%r)' % self.v
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
    def __add__(self, other):
        return 'add %r' % (other,)
    def __radd__(self, other):
        return 'radd %r' % (other,)
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return isinstance(other, Node) and self.v == other.v
    __hash__ = object.__hash__
    def method(self):
        return 'method of %r' % self.v
    def __call__(self, *a, **k):
        return a, k

n = Node(1)
p = proxy(n)
print(type(p) is CallableProxyType, p.v, p.method(), str(p), len(p), p[2], bool(p), p + 1, 1 + p, p(1, k=2))
p.w = 5
print(n.w, hasattr(p, 'w'), p.__class__.__name__)
del p.w
print(hasattr(n, 'w'))
m = Node(2)
q = proxy(m)
print(p < q, q < p, p == n, p == proxy(n), p != q)
print(type(proxy([1].__class__)) is CallableProxyType)

class Plain:
    pass
o = Plain()
r = proxy(o)
print(type(r) is ProxyType, repr(r).startswith('<weakproxy at '))
try:
    hash(r)
except TypeError as e:
    print('TypeError', e)
r.attr = [1, 2]
print(o.attr, r.attr)
del o
gc.collect()
for f in [lambda: r.attr, lambda: str(r), lambda: r.x, lambda: bool(r)]:
    try:
        print(f())
    except ReferenceError as e:
        print('ReferenceError', e)
try:
    proxy(1)
except TypeError as e:
    print('TypeError', e)

from _weakref import ref
from _collections import deque, defaultdict
from _functools import partial, _lru_cache_wrapper
dq = deque('gallahad')
pd = proxy(dq)
print(len(pd), pd.count('a'), ref(dq)() is dq, str(pd))
pt = partial(max, 1)
print(ref(pt)() is pt, ref(_lru_cache_wrapper(len, 1, False, tuple)) is not None)
class DQ(deque):
    pass
print(ref(DQ())() is None)
for obj in [defaultdict(), {}, 1]:
    try:
        ref(obj)
    except TypeError as e:
        print('TypeError', e)
