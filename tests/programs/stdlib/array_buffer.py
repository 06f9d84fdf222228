# Arrays as bytes-like objects: bytes(), bytearray(), join, struct, file writes.
import io
import struct
from array import array as A

a = A('i', [1, 2])
print(bytes(a), bytearray(a), b''.join([a, A('B', [65])]), b'-'.join([A('h', [0x4142])]))
buf = io.BytesIO()
print(buf.write(a), buf.getvalue())
print(struct.unpack('ii', a), struct.unpack_from('h', A('h', [7, 8]), 2))
print(bytes(A('d', [1.0])) == struct.pack('d', 1.0), bytes(A('u', 'ab')))
b = A('B', [1])
b.frombytes(A('B', [2, 3]))
b.frombytes(A('b', [-1]))
print(b)
try:
    b.frombytes(A('i', [1]))
except TypeError as e:
    print('TypeError', e)
print(A('b', bytes(A('h', [0x0102]))), bytes(A('f')) == b'')
print(int.from_bytes(A('B', [1, 2]), 'big'), b'\x01' in bytes(A('B', [1])))
import struct
from array import array as A
a = A('B', bytes(8))
struct.pack_into('<hi', a, 1, -2, 7)
print(a)
b = A('i', [0, 0])
struct.pack_into('i', b, 4, 99)
print(b)
m = memoryview(A('h', [0, 0, 0]))
try:
    struct.pack_into('h', m, 2, 5)
except Exception as e:
    print(type(e).__name__, e)
print(m.tolist())
