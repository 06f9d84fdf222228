# array.array: every typecode's range checks and messages, reprs and conversions.
import array
from array import array as A


class Index:
    def __index__(self):
        return 7


class Real:
    def __float__(self):
        return 2.5


values = [1, -1, 2**7, -2**7 - 1, 2**8, 2**15, -2**15 - 1, 2**16, 2**31, -2**31 - 1, 2**32,
          2**63, -2**63 - 1, 2**64, 2**100, 1.5, 'a', 'ab', None, Index(), True, Real()]
for tc in array.typecodes:
    out = []
    for v in values:
        try:
            out.append(repr(A(tc, [v])))
        except (TypeError, OverflowError) as e:
            out.append('%s: %s' % (type(e).__name__, e))
    print(tc, A(tc).itemsize, ' | '.join(out))

print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__)
print(A('f', [0.1, 1e300, -1e-50]), A('d', [0.1, float('inf')]).tolist())
print(A('u', 'héllo \U0001f600'), A('u', 'abc').tounicode(), A('u'))
print(A('b', b'\x01\xff'), A('B', bytearray(b'\x01\xff')), A('h', b'\x01\x02\x03\x04'))
print(A('d', A('i', [1, 2])), A('q', range(5)), A('H', iter([1, 2])), A('i', (4, 5)))
print(A('Q', [2**64 - 1]), A('q', [-2**63]), A('L', [2**64 - 1]), A('l', [-2**63]))
print(A('I', [2**32 - 1]).tobytes(), A('h', [-2]).tobytes(), A('d', [1.5]).tobytes())
for init in ['abc', A('u', 'ab'), 5, None]:
    for tc in 'iu':
        try:
            print(A(tc, init))
        except TypeError as e:
            print('TypeError:', e)
for args, kwargs in [((), {}), (('x',), {}), (('ii',), {}), ((1,), {}), (('i', [1], 2), {}),
                     (('i',), {'x': 1})]:
    try:
        A(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(A.__doc__.splitlines()[0])
print(array.__doc__.splitlines()[0])
print(A.append.__doc__, A.tobytes.__doc__)
