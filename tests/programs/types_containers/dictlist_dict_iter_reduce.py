# reversed(dict) iterators pickle like CPython's: (iter, (list(rest),)), and a dict that changed
# size makes __reduce__ raise as next() would.
import copy
import pickle

d = {1: 'a', 2: 'b', 3: 'c'}
for make in (reversed, lambda d: reversed(d.values()), lambda d: reversed(d.items())):
    it = make(d)
    print(type(it).__name__, it.__reduce__()[1])
    next(it)
    print(it.__reduce__()[1])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        print(proto, list(pickle.loads(pickle.dumps(it, proto))))
    print(list(copy.copy(it)), list(it), it.__reduce__()[1])

print(reversed({}).__reduce__()[1])

for make in (iter, reversed, lambda d: iter(d.items())):
    it = make(d)
    next(it)
    d[9] = 0
    try:
        it.__reduce__()
    except RuntimeError as e:
        print('RuntimeError', e)
    del d[9]

s = {1, 2, 3}
it = iter(s)
s.add(4)
try:
    it.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)
