# _pickle's output byte for byte and its round trips, for every protocol.
import _pickle
import collections
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1

    def __eq__(self, other):
        return type(other) is Slotted and getattr(other, 'a', None) == self.a


class WithState:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v * 2}

    def __setstate__(self, state):
        self.v = state['v'] // 2


class NewArgsEx(int):
    def __new__(cls, v, *, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs_ex__(self):
        return (int(self),), {'tag': self.tag}


class Outer:
    class Inner:
        pass


values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31 - 1, 2**31, -2**31 - 1,
    2**64, -2**64, 2**1000, 0.0, -0.0, 1.5, 1e300, float('inf'),
    '', 'a', 'héllo', '\u20ac', '\U0001f600', 'a\nb\\c', 'x' * 300, '\udc80',
    b'', b'abc', b'\x00\xff' * 200, bytearray(b'xy'), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], list(range(1005)),
    {}, {'a': 1}, {'a': 1, 'b': 2}, {i: i for i in range(1003)}, set(), {1, 2, 3}, frozenset(), frozenset({4}),
    complex(1, 2), range(1, 10, 2), slice(1, 2), Ellipsis, NotImplemented, type(None), type(Ellipsis),
    len, int, Point, Outer.Inner, collections.OrderedDict(a=1), collections.deque([1, 2]),
    Point(1, 'two'), Slotted(), NewArgsEx(5, tag='t'),
]

for v in values:
    for proto in range(6):
        try:
            data = _pickle.dumps(v, proto)
        except TypeError as e:
            print(proto, type(v).__name__, 'TypeError', e)
            continue
        back = _pickle.loads(data)
        same = back == v or (v != v and back != back) or type(v) in (Slotted,)
        line = data if len(data) < 120 else (len(data), data[:60], data[-30:])
        print(proto, type(v).__name__, same, line)

w = _pickle.loads(_pickle.dumps(WithState(21)))
print('state', w.v)
n = _pickle.loads(_pickle.dumps(NewArgsEx(7, tag='q'), 2))
print('newargs_ex', n, n.tag, type(n).__name__)

# Shared and recursive structures keep their shape.
shared = [1, 2]
a = [shared, shared]
b = _pickle.loads(_pickle.dumps(a))
print('shared', b[0] is b[1])
r = []
r.append(r)
for proto in range(6):
    rr = _pickle.loads(_pickle.dumps(r, proto))
    print('recursive list', proto, rr[0] is rr)
d = {}
d['self'] = d
dd = _pickle.loads(_pickle.dumps(d))
print('recursive dict', dd['self'] is dd)
t = ([],)
t[0].append(t)
for proto in range(6):
    tt = _pickle.loads(_pickle.dumps(t, proto))
    print('recursive tuple', proto, tt[0][0] is tt)

# The copyreg extension registry gives EXT opcodes from protocol 2.
copyreg.add_extension(__name__, 'Point', 240)
copyreg.add_extension(__name__, 'Slotted', 0x1234)
copyreg.add_extension(__name__, 'WithState', 0x123456)
for proto in range(6):
    print('ext', proto, _pickle.dumps([Point, Slotted, WithState], proto))
    print(_pickle.loads(_pickle.dumps([Point, Slotted, WithState], proto)) == [Point, Slotted, WithState])
copyreg.remove_extension(__name__, 'Point', 240)
copyreg.remove_extension(__name__, 'Slotted', 0x1234)
copyreg.remove_extension(__name__, 'WithState', 0x123456)

# Python 2 names with fix_imports under protocols < 3.
for proto in range(3):
    print('compat', _pickle.dumps([range, collections.UserDict, ConnectionError], proto))
    print('no fix', _pickle.dumps(range, proto, fix_imports=False))
print(_pickle.loads(b'c__builtin__\nxrange\n.'))
print(_pickle.loads(b'cUserDict\nUserDict\n.'))
print(_pickle.loads(b"S'abc'\n.", encoding='bytes'), _pickle.loads(b"U\x03\xe9t\xe9.", encoding='latin1'))
print(_pickle.loads(b'\x80\x02U\x03abcq\x00.'))

# Large data goes out of the frame.
big = b'x' * 70000
data = _pickle.dumps([big, 'y' * 70000, 1], 4)
print(len(data), data[:12], _pickle.loads(data) == [big, 'y' * 70000, 1])
