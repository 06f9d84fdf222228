# _pickle's exceptions: their types and messages, for bad objects and bad pickles.
import _pickle
import io
import pickle
import re


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except BaseException as e:
        print(type(e).__module__, type(e).__name__, '|', re.sub(' at 0x[0-9a-f]+', '', str(e)))
    else:
        print('ok', re.sub(' at 0x[0-9a-f]+', '', repr(r)[:80]))


print(_pickle.PickleError.__mro__)
print(_pickle.PicklingError.__bases__, _pickle.UnpicklingError.__bases__)
print(pickle.PicklingError is _pickle.PicklingError, pickle.Pickler is _pickle.Pickler)


class BadReduce:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


def local():
    # A local class (weft pickles local functions by value, so they are no error there).
    class Inner:
        pass
    return Inner


class Unpicklable:
    def __reduce_ex__(self, proto):
        raise TypeError('nope')


for rv in [42, (), (len,), (1, ()), (len, 1), (len, (), None, 5), (len, (), None, None, 5),
           (len, (), None, None, None, 5), (len, (), None, None, None, None, 7)]:
    show(_pickle.dumps, BadReduce(rv), 2)
show(_pickle.dumps, BadReduce('missing_global'))
show(_pickle.dumps, local())
show(_pickle.dumps, local(), 0)
show(_pickle.dumps, Unpicklable())
show(_pickle.dumps, type(lambda: 0))
show(_pickle.dumps, 1, 6)
show(_pickle.dumps, 1, 'x')
show(_pickle.dumps, 1, -1)
show(_pickle.dumps, 1, 4, buffer_callback=print)
show(_pickle.dumps, 1, 1, 2)
show(_pickle.dumps)
show(_pickle.dumps, pickle.PickleBuffer(b'x'), 4)
show(_pickle.dump, 1, object())
show(_pickle.Pickler, object())
show(_pickle.Unpickler, object())
show(_pickle.loads, 'text')
show(_pickle.loads, b'x', encoding=1)


def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


show(_pickle.dumps, nest(100000))
d = {}
for _ in range(100000):
    d = {'k': d}
show(_pickle.dumps, d)

bad = [
    b'', b'.', b'N', b'\x80\x06N.', b'X', b'(.', b'0', b'1', b'2', b'a', b'e', b'u', b's', b'b',
    b'(t.', b')1.', b'K\x01K\x02(K\x03u.', b'}K\x01s.', b'(K\x01d.', b'R', b'NNR.',
    b'h\x05.', b'j\x05\x00\x00\x00.', b'g5\n.', b'gx\n.', b'p-1\nN.', b'Nq\x01h\x02.',
    b'I1x\n.', b'I\n.', b'Ifoo\n.', b'I99999999999999999999999\n.', b'I0x1f\n.', b'I010\n.',
    b'L12\n.', b'L1x\n.', b'L\n.', b'Fx\n.', b'F1.5x\n.', b'F1e999\n.', b'Finf\n.',
    b'S\n.', b"S'abc\n.", b'Sabc\n.', b"S'\\x4'\n.", b'T\x05\x00\x00\x00ab.',
    b'X\x05\x00\x00\x00ab.', b'X\x02\x00\x00\x00\xff\xfe.', b'V\\u12\n.', b'\x8c\x02\xed\xa0.',
    b'\x8a\x01', b'\x8b\xff\xff\xff\xff.', b'\x8e\x00\x00\x00\x00\x00\x00\x00\x80.',
    b'\x95\x00\x00\x00\x00\x00\x00\x00\x80.', b'\x95\x05\x00\x00\x00\x00\x00\x00\x00N.',
    b'cbuiltins\nlen', b'cbuiltins\nnope\n.', b'cno_such_module\nx\n.', b'c\n\n.',
    b'\x80\x04\x8c\x08builtins\x8c\x03len\x93.', b'\x80\x04K\x01K\x02\x93.',
    b'\x80\x04\x8c\x08builtins\x8c\x0bfloat.<locals>\x93.',
    b'\x80\x02K\x01)\x81.', b'\x80\x02cbuiltins\nint\nK\x01\x81.', b'\x80\x04cbuiltins\nint\n)K\x01\x92.',
    b'\x82\x00', b'\x82\x01.', b'\x83\xff\xff.', b'\x84\x00\x00\x00\x80.', b'P1\n.', b'NQ.',
    b'\x97.', b'\x98.', b'(cbuiltins\nlist\nK\x01o.', b'(K\x01ibuiltins\nlist\n.',
    b'}K\x01b.', b'}(K\x01K\x02)b.', b'\x8f(K\x01K\x02\x90.', b'(]\x91.', b'\xff', b"'", b'\\',
    b'\x80\x02]q\x00(K\x01K\x02e.extra', b'\x80\x04\x95\x03\x00\x00\x00\x00\x00\x00\x00K\x01.',
]
for data in bad:
    print(data, end=' ')
    show(_pickle.loads, data)
show(_pickle.loads, b'\x97.', buffers=[])
show(_pickle.loads, b'\x97.', buffers=[b'a'])
show(_pickle.loads, b'\x97\x98.', buffers=[bytearray(b'a')])
show(_pickle.loads, b'S"abc"\n.', encoding='bytes')
show(_pickle.loads, b'U\x02\xff\xfe.', encoding='ascii')
show(_pickle.loads, b'U\x02\xff\xfe.', encoding='ascii', errors='replace')
show(_pickle.loads, b'U\x02\xff\xfe.', encoding='latin1')


class NoInit(_pickle.Pickler):
    def __init__(self):
        pass


class NoInitU(_pickle.Unpickler):
    def __init__(self):
        pass


show(NoInit().dump, 1)
show(NoInitU().load)
show(_pickle.Unpickler(io.BytesIO(b'')).load)
u = _pickle.Unpickler(io.BytesIO(b'N.N.'))
show(u.load)
show(u.load)
show(u.load)
p = _pickle.Pickler(io.BytesIO())
show(setattr, p, 'persistent_id', 5)
show(delattr, p, 'persistent_id')
show(setattr, p, 'memo', 5)
show(setattr, p, 'memo', {1: 2})
show(getattr, p, 'persistent_id')
show(getattr, p, 'dispatch_table')
u = _pickle.Unpickler(io.BytesIO())
show(setattr, u, 'memo', object)
show(setattr, u, 'memo', {-1: None})
show(setattr, u, 'memo', {'a': None})
show(setattr, u, 'persistent_load', 1)
show(getattr, u, 'persistent_load')
show(u.find_class, 'builtins', 'nope')
show(u.find_class, 'builtins', 'len')
show(u.find_class, 'os.path', 'join')

# Argument errors.
show(_pickle.Unpickler, io.BytesIO(), True)
show(_pickle.Unpickler)
show(_pickle.loads)
show(_pickle.loads, b'N.', True)
show(_pickle.loads, data=b'N.')
show(_pickle.load)
show(_pickle.load, io.BytesIO(b'N.'), 1)
show(_pickle.dumps, 1, 2, 3)
show(_pickle.dump, 1)
show(_pickle.dump, 1, io.BytesIO(), 2, 3)
show(_pickle.Pickler)
show(_pickle.Pickler, io.BytesIO(), 2, True, None, 5)
show(_pickle.Pickler, io.BytesIO(), foo=1)
show(_pickle.Pickler(io.BytesIO()).dump)
show(_pickle.Pickler(io.BytesIO()).dump, 1, 2)
show(_pickle.Unpickler(io.BytesIO()).find_class, 'a')
show(_pickle.loads, b'N.', encoding=None)
show(_pickle.loads, b'N.', fix_imports=0, buffers=None)
show(_pickle.dumps, 1, protocol=2.5)
show(_pickle.dumps, 1, protocol=2**70)
show(_pickle.dumps, 1, protocol=True)
show(_pickle.Unpickler(io.BytesIO(b'N.')).load, 1)
show(_pickle.Pickler(io.BytesIO()).clear_memo, 1)
show(_pickle.Unpickler(io.BytesIO()).find_class, 'a', 'b', 'c')
show(_pickle.Pickler(io.BytesIO()).memo.copy, 1)
