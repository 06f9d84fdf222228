# memoryview over arrays: in-place reads and writes, and no resizing while a view is alive.
from array import array as A
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = A('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m[1], m[::2].tolist(), m.readonly, m.obj is a)
m[0] = 10
m[2] = -5
print(a, m.tobytes() == a.tobytes(), m == a, m == A('i', [10, 2, -5]), m == [10])
t(lambda: a.append(4))
t(lambda: a.pop())
t(lambda: a.extend([1]))
t(lambda: a.__iadd__(A('i', [1])))
t(lambda: a.__imul__(2))
t(lambda: a.__imul__(1))
t(lambda: a.__delitem__(0))
t(lambda: a.__setitem__(slice(0, 1), A('i', [7])))
t(lambda: a.__setitem__(slice(0, 1), A('i', [7, 8])))
t(lambda: a.insert(0, 1))
t(lambda: a.remove(2))
t(lambda: a.frombytes(b'\0\0\0\0'))
t(lambda: a.fromlist([1]))
a.reverse(); a.byteswap(); a.byteswap()
print(a, m.tolist())
m.release()
a.append(4)
print(a)
with memoryview(A('d', [1.5, 2.5])) as v:
    print(v.tolist(), v.cast('B').nbytes, bytes(v[:1]))
b = A('B', [1, 2, 3])
mb = memoryview(b)
mb[1:3] = b'xy'
print(b, bytes(mb))
del mb
b.append(9)
print(b)
t(lambda: memoryview(A('q', [2**40])).tolist())
t(lambda: memoryview(A('H', [65535])).tolist())
t(lambda: memoryview(A('f', [0.5]))[0])
