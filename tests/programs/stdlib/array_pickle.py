# Pickling arrays (reduce_ex before and after protocol 3, _array_reconstructor) and subclasses.
import array
import copy
import pickle
from array import array as A


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for tc in array.typecodes:
    a = A(tc, 'abc' if tc == 'u' else [1, 2, 3])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        assert b == a and b.typecode == tc, (tc, proto)
    print(tc, a.__reduce_ex__(2)[1], a.__reduce_ex__(3)[1][1:])
print(A('i', [1]).__reduce_ex__(2)[0] is A, A('i').__reduce_ex__(4)[0] is array._array_reconstructor)

R = array._array_reconstructor
attempt(lambda: R(A, 'i', 8, b'\x01\x00\x00\x00'))
attempt(lambda: R(A, 'i', 0, b'\x01\x02'))
attempt(lambda: R(A, 'i', 9, b'\x00\x00\x00\x01'))
attempt(lambda: R(A, 'q', 4, b'\x00\x01\x00\x02'))
attempt(lambda: R(A, 'L', 11, b'\x00' * 7 + b'\x05'))
attempt(lambda: R(A, 'd', 17, b'?\xf8\x00\x00\x00\x00\x00\x00'))
attempt(lambda: R(A, 'f', 15, b'?\xc0\x00\x00'))
attempt(lambda: R(A, 'd', 14, b'\x00\x00\xc0?'))
attempt(lambda: R(A, 'u', 21, b'\x00\x00\x00a'))
attempt(lambda: R(A, 'u', 18, b'a\x00b\x00'))
attempt(lambda: R(A, 'i', 99, b''))
attempt(lambda: R(A, 'i', -1, b''))
attempt(lambda: R(A, 'x', 0, b''))
attempt(lambda: R(int, 'i', 0, b''))
attempt(lambda: R(1, 'i', 0, b''))
attempt(lambda: R(A, 'i', 0, 'x'))
attempt(lambda: R(A, 'i', 8, b'\x01\x00'))
attempt(lambda: R(A, 'i', 0))


class MyArray(A):
    def __init__(self, typecode, init=(), tag=None):
        self.tag = tag

    def total(self):
        return sum(self)


m = MyArray('d', [1.0, 2.5], tag='t')
print(m, m.total(), m.tag, type(m[:1]).__name__, type(m + m).__name__, type(copy.copy(m)).__name__)
red = m.__reduce_ex__(3)
print(red[1][0] is MyArray, red[2])
n = pickle.loads(pickle.dumps(m, 3))
print(type(n).__name__, n, n.tag)
o = pickle.loads(pickle.dumps(m, 2))
print(type(o).__name__, o, o.tag)
print(isinstance(m, A), issubclass(MyArray, A), len(m), m == A('d', [1.0, 2.5]))
attempt(lambda: MyArray('i', [1], x=2))
it = iter(A('i', [1, 2, 3]))
next(it)
print(it.__reduce__()[1:], list(pickle.loads(pickle.dumps(it))))


class Plain(A):
    pass


attempt(lambda: Plain('i', [1]))
attempt(lambda: Plain('i', x=1))
attempt(lambda: Plain('i', [1, 2]) + Plain('i', [3]))
attempt(lambda: type(Plain('i')[:]).__name__)
