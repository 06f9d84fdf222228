# array.array methods, slicing, operators, comparisons and errors.
import array
import io
from array import array as A


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = A('i', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[5:2], a[-100:100])
a[1] = 42
a[-1] = -9
print(a)
a[2:4] = A('i', [7, 7, 7])
print(a, len(a))
a[::2] = A('i', [0] * 6)
print(a)
del a[0]
del a[::3]
print(a)
a[1:1] = a
print(a)
a[:] = A('i')
print(a)
attempt(lambda: a.__setitem__(slice(0, 3, 2), A('i', [1])))

b = A('h', [3, 1, 4, 1, 5, 9, 2, 6])
b.append(5)
b.extend([3, 5])
b.extend(A('h', [8]))
b.insert(0, 100)
b.insert(-1, 200)
b.insert(1000, 300)
print(b, b.count(1), b.index(5), b.index(5, 6), b.index(5, -4))
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(1)
b.reverse()
print(b, 5 in b, 42 in b, 1.0 in b)
b.byteswap()
print(b)
b.byteswap()
print(b.tolist(), b.tobytes()[:4])
b.frombytes(b'\x01\x00\x02\x00')
b.fromlist([7, 8])
print(b)
attempt(lambda: b.fromlist([9, 2**20]))
print(b)
attempt(lambda: b.fromlist((1,)))
attempt(lambda: b.frombytes(b'123'))
attempt(lambda: b.frombytes('abc'))
print(b.buffer_info()[1] == len(b), b.itemsize, b.typecode)

u = A('u', 'hello')
u.fromunicode(' world')
u.append('!')
print(u, u.tounicode(), u[1], u[::-1], u.index('o'), u.count('l'))
attempt(lambda: A('i').fromunicode('x'))
attempt(lambda: u.fromunicode(1))
attempt(lambda: A('i').tounicode())
attempt(lambda: u.append('ab'))

d = A('d', [1.5, float('nan'), -0.0])
print(d.count(float('nan')), d == A('d', [1.5, float('nan'), -0.0]), d[2], -0.0 in d)

x = A('b', [1, 2, 3])
print(x + A('b', [4]), x * 2, 2 * x, x * 0, x * -1)
y = x
y += A('b', [9])
y *= 2
print(x, y is x)
attempt(lambda: x + [1])
attempt(lambda: x + A('h'))
attempt(lambda: x.__iadd__([1]))
attempt(lambda: x.__iadd__(A('h')))
attempt(lambda: x.extend(A('h')))
attempt(lambda: x.extend(5))
attempt(lambda: x * 'x')
attempt(lambda: x * 1.5)

for p, q in [(A('i', [1, 2]), A('i', [1, 2])), (A('i', [1, 2]), A('i', [1, 3])),
             (A('i', [1, 2]), A('i', [1])), (A('i', [1, 2]), A('d', [1.0, 2.0])),
             (A('u', 'ab'), A('u', 'b')), (A('i'), A('i'))]:
    print(p == q, p != q, p < q, p <= q, p > q, p >= q)
attempt(lambda: A('i') < 1)
attempt(lambda: A('i') == [])
attempt(lambda: A('i', [1]) < A('u', 'a'))
attempt(lambda: hash(A('i')))

c = A('l', [5, 6, 7])
attempt(lambda: c[3])
attempt(lambda: c[-4])
attempt(lambda: c['x'])
attempt(lambda: c.__setitem__(3, 1))
attempt(lambda: c.__setitem__('x', 1))
attempt(lambda: c.__setitem__(0, 'x'))
attempt(lambda: c.__setitem__(slice(0, 2), [1]))
attempt(lambda: c.__setitem__(slice(0, 2), A('i', [1])))
attempt(lambda: c.__delitem__(3))
attempt(lambda: c.pop(3))
attempt(lambda: A('l').pop())
attempt(lambda: c.pop('x'))
attempt(lambda: c.remove(9))
attempt(lambda: c.index(9))
attempt(lambda: c.index(5, 1))
attempt(lambda: c.index(5, 'x'))
attempt(lambda: c.insert('x', 1))
attempt(lambda: c.insert(0))
attempt(lambda: c.count())
attempt(lambda: c.byteswap(1))
attempt(lambda: c.append())
attempt(lambda: A.append(1, 2))
attempt(lambda: A.append())

buf = io.BytesIO()
c.tofile(buf)
print(buf.getvalue())
buf.seek(0)
e = A('l')
e.fromfile(buf, 2)
print(e)
attempt(lambda: e.fromfile(buf, 5))
print(e)
attempt(lambda: e.fromfile(buf, -1))
attempt(lambda: e.fromfile(1, 1))
attempt(lambda: c.tofile(1))
it = iter(A('i', [1, 2, 3]))
print(next(it), list(it), list(it), type(it).__name__)
grow = A('i', [1])
for item in grow:
    if item < 4:
        grow.append(item + 1)
print(grow)
print(repr(A('u', 'a\'b"c')), str(A('B', [1])), A('i', [1]).__copy__(), A('i', [2]).__deepcopy__({}))
