import _bisect
import bisect
print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
a = [1, 2, 2, 2, 3, 5]
print([_bisect.bisect_left(a, x) for x in range(7)])
print([_bisect.bisect_right(a, x) for x in range(7)])
print(_bisect.bisect_left(a, 2, 2), _bisect.bisect_right(a, 2, 0, 3), _bisect.bisect_right(a, 2, hi=None),
      _bisect.bisect_right(a, 2, lo=1, hi=None), _bisect.bisect_left(a, 9, 0, 100 if False else 6))
b = []
for x in [5, 1, 4, 1, 3]:
    _bisect.insort_left(b, x)
    _bisect.insort_right(b, x * 10)
print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[1]), _bisect.bisect_right(recs, 3, key=lambda r: r[1]))
_bisect.insort(recs, ('z', 4), key=lambda r: r[1]) if hasattr(_bisect, 'insort') else _bisect.insort_right(recs, ('z', 4), key=lambda r: r[1])
print(recs)
print(_bisect.bisect_left(range(0, 100, 3), 50), _bisect.bisect_right((1, 2, 3), 2), _bisect.bisect_left('abcdef', 'd'))

class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
l = L([1, 3])
_bisect.insort_left(l, 2)
print(l)

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
ks = [K(1), K(3), K(5), K(7)]
print(_bisect.bisect_left(ks, K(4)), _bisect.bisect_right(ks, K(5)))

for f in [lambda: _bisect.bisect_left(), lambda: _bisect.bisect_left(1, 2), lambda: _bisect.bisect_left([], 1, -1),
          lambda: _bisect.bisect_left([], 1, 'a'), lambda: _bisect.bisect_left([], 1, 0, 'a'),
          lambda: _bisect.insort_left((1, 2), 1), lambda: _bisect.bisect_right([1, 2], 1, key=5),
          lambda: _bisect.bisect_left([1], 1, 0, 10), lambda: _bisect.bisect_left([1], 1, 0, 1, 2),
          lambda: _bisect.bisect_left([1], 1, y=2), lambda: _bisect.bisect_left([1, 'a'], 0.5),
          lambda: _bisect.bisect_right([1], 1, 0, 1, key=None, x=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(_bisect.__doc__.splitlines()[0])
import sys
class LenOnly:
    def __len__(self): return 10
class GetOnly:
    def __getitem__(self, ndx): return 10
class CmpErr:
    def __lt__(self, other): raise ZeroDivisionError
    __gt__ = __le__ = __ge__ = __eq__ = __ne__ = __lt__
class Big:
    def __len__(self): return sys.maxsize
    def __getitem__(self, i): return i
for fn in (_bisect.bisect_left, _bisect.bisect_right, _bisect.insort_left, _bisect.insort_right):
    for args in [(10, 10), (LenOnly(), 10), (GetOnly(), 10), ([CmpErr(), CmpErr()], 10), (10,), ({1: 2}, 1)]:
        try:
            print(fn(*args))
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
print(_bisect.bisect_left(Big(), sys.maxsize - 3), _bisect.bisect_right(range(sys.maxsize - 1), sys.maxsize - 3))
print(_bisect.bisect_left([1, 2, 3], 2, hi=sys.maxsize) if False else _bisect.bisect_left(range(100), 50, 0, 1000 if False else 100))
