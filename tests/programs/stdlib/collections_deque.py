from _collections import deque


d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()))
d.append(4); d.appendleft(0)
print(d, d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([9, 8])
print(d)
d.rotate(); print(d)
d.rotate(-3); print(d)
d.rotate(100); print(d)
d.reverse(); print(d)
print(d.count(1), d.index(2), 'a' in d, 'z' in d)
d.insert(2, 'X'); d.insert(-1, 'Y'); d.insert(100, 'Z'); d.insert(-100, 'W'); print(d)
d.remove('X'); print(d)
del d[1]; print(d)
d[0] = 'first'; print(d)
print(d.index(1, 1), d.index('Z', -2))
c = d.copy(); c.clear(); print(c, d == d.copy(), d is d.copy())

m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
m.extendleft([30]); print(m)
z = deque([1, 2], 0); z.append(3); print(z)
try:
    m.insert(0, 5)
except IndexError as e:
    print('IndexError', e)

e = deque([1, 2])
e += [3]
print(e, e + deque([4]), e * 2, 2 * e, e * 0, e * -1)
e *= 2; print(e)
f = deque([1], maxlen=3); f *= 5; print(f)
g = deque([1, 2], maxlen=5); g *= 4; print(g)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]),
      deque([1]) == deque([1]), deque([1]) != deque([1]), deque([1, 2]) >= deque([1, 2, 3]))
print(deque([1]) == [1])

r = deque([1, 2])
r.append(r)
print(r)
print(list(reversed(deque('abc'))), list(iter(deque('xyz'))))
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__())

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque()[0],
            lambda: deque([1])[5], lambda: deque([1]).remove(2), lambda: deque([1]).index(2),
            lambda: deque([], 'a'), lambda: deque([], -1), lambda: deque(1, 2, 3),
            lambda: deque()[1.5], lambda: deque()['a':1], lambda: deque() * 1.5,
            lambda: deque() + [], lambda: deque().rotate('a'), lambda: deque().insert(1),
            lambda: deque().index(), lambda: deque().append(), lambda: deque.append(1, 2),
            lambda: hash(deque()), lambda: deque() < [], lambda: deque(5)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)

q = deque([1, 2, 3])
try:
    for x in q:
        q.append(x)
except RuntimeError as ex:
    print('RuntimeError', ex)
q = deque([1, 2, 3])
try:
    for x in reversed(q):
        q.pop()
except RuntimeError as ex:
    print('RuntimeError', ex)

class Evil:
    def __eq__(self, other):
        q.append(1)
        return False
q = deque([1, 2, 3])
for meth in ['count', 'index', '__contains__']:
    try:
        getattr(q, meth)(Evil())
    except RuntimeError as ex:
        print(meth, 'RuntimeError', ex)
try:
    q.remove(Evil())
except IndexError as ex:
    print('remove IndexError', ex)

class D(deque):
    pass
s = D([1, 2], maxlen=4)
s.x = 5
print(s, type(s.copy()).__name__, s.copy(), type(s.__copy__()).__name__, s.__reduce__()[0].__name__, s.__reduce__()[1:3])
print(deque([1, 2]).__reduce__()[:3], deque([1], 3).__reduce__()[:3])
print(deque([[1], [2]], 5).__copy__())
print(deque[int], deque.__name__, deque.__module__, deque.__qualname__, deque.__hash__)
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(deque.__doc__)
print(deque(x * x for x in range(5)))
d = deque(range(5)); d.extend(d); print(d)
d.extendleft(d); print(d)
d.__init__([7]); print(d)
from _collections import deque, defaultdict
print(deque.append.__doc__, deque.index.__doc__, defaultdict.__missing__.__doc__, deque().append.__doc__, deque.__class_getitem__.__doc__)
