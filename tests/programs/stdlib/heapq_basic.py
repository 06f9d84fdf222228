import _heapq
import heapq
print(heapq.heappush is _heapq.heappush, heapq._heapify_max is _heapq._heapify_max)

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    _heapq.heappush(h, x)
print(h)
print([_heapq.heappop(h) for _ in range(len(h))])
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
_heapq.heapify(data); print(data)
print(_heapq.heapreplace(data, 10), data)
print(_heapq.heappushpop(data, -1), _heapq.heappushpop(data, 11), data)
print(_heapq.heappushpop([], 3))
m = [3, 1, 4, 1, 5, 9, 2, 6]
_heapq._heapify_max(m); print(m)
print(_heapq._heappop_max(m), m)
print(_heapq._heapreplace_max(m, 0), m)
print(heapq.nsmallest(3, [5, 2, 8, 1]), heapq.nlargest(2, [5, 2, 8, 1]), list(heapq.merge([1, 4], [2, 3])))
print(heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len))

class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return 'Item(%d)' % self.v
h = []
for v in [3, 1, 2]:
    _heapq.heappush(h, Item(v))
print(h, _heapq.heappop(h))

for f in [lambda: _heapq.heappush(1, 2), lambda: _heapq.heappush([]), lambda: _heapq.heappop(1),
          lambda: _heapq.heappop([]), lambda: _heapq.heapreplace([], 1), lambda: _heapq.heapify(()),
          lambda: _heapq.heappushpop(1, 1), lambda: _heapq._heappop_max(1),
          lambda: _heapq._heapreplace_max([], 1), lambda: _heapq._heapify_max(1),
          lambda: _heapq.heappush([1], 'a'), lambda: _heapq.heapify([1, 'a', 2])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Shrink:
    def __init__(self, h):
        self.h = h
    def __lt__(self, other):
        self.h.clear()
        return True
h = [1, 2]
try:
    _heapq.heappush(h, Shrink(h))
except RuntimeError as e:
    print('RuntimeError', e)
print(_heapq.__doc__.splitlines()[0])
class h(int):
    def __lt__(self, o):
        list2.clear()
        return NotImplemented
class g(int):
    def __lt__(self, o):
        list1.clear()
        return NotImplemented
list1, list2 = [], []
heapq.heappush(list1, h(0))
heapq.heappush(list2, g(0))
for f in [lambda: heapq.heappush(list1, g(1)), lambda: heapq.heappush(list2, h(1))]:
    try:
        r = f(); print(type(r).__name__ if isinstance(r, SideEffectLT) else r)
    except Exception as e:
        print(type(e).__name__, e)
class SideEffectLT:
    def __init__(self, value, heap):
        self.value = value
        self.heap = heap
    def __lt__(self, other):
        self.heap[:] = []
        return self.value < other.value
heap = []
heap.extend(SideEffectLT(i, heap) for i in range(200))
for f in [lambda: heapq.heappush(heap, SideEffectLT(5, heap))]:
    try:
        r = f(); print(type(r).__name__ if isinstance(r, SideEffectLT) else r)
    except Exception as e:
        print(type(e).__name__, e)
heap = []
heap.extend(SideEffectLT(i, heap) for i in range(200))
for f in [lambda: heapq.heappop(heap), lambda: heapq.heapify(heap), lambda: heapq.heappushpop(heap, SideEffectLT(1, heap))]:
    try:
        r = f(); print(type(r).__name__ if isinstance(r, SideEffectLT) else r)
    except Exception as e:
        print(type(e).__name__, e)
heap = [SideEffectLT(i, None) for i in range(5)]
for s in heap: s.heap = heap
try:
    heapq.heappushpop(heap, SideEffectLT(9, heap))
except Exception as e:
    print(type(e).__name__, e)
