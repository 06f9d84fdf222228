# Exceptions pickle and copy through BaseException.__reduce__/__setstate__; exception classes
# with __slots__ still have a __dict__.
import copy
import pickle


class Slotted(Exception):
    __slots__ = ('x',)

    def __init__(self, x):
        self.x = x


e = BaseException(1, 2)
print(e.__reduce__())
e.note = 'n'
print(e.__reduce__())
e.__setstate__({'a': 1})
print(e.a)
e.__setstate__(None)
try:
    e.__setstate__([])
except TypeError as x:
    print('TypeError', x)

s = Slotted(3)
s.y = 4
print(s.__dict__, s.x, Slotted(5).__reduce__())

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    x = pickle.loads(pickle.dumps(ImportError('m', name='n', path='p'), proto))
    print(proto, type(x).__name__, x.args, x.msg, x.name, x.path)
    y = pickle.loads(pickle.dumps(SyntaxError('m', ('f', 1, 2, 't', 1, 3)), proto))
    print(proto, y.args, y.lineno, y.offset, y.text)
    z = pickle.loads(pickle.dumps(KeyError('k'), proto))
    print(proto, repr(z))

for c in (copy.copy, copy.deepcopy):
    v = ValueError('v')
    v.extra = [1]
    w = c(v)
    print(repr(w), w.extra, w.extra is v.extra)
