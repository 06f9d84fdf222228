# _pickle.Pickler and Unpickler objects: subclassing and hooks, memos, files, out-of-band buffers.
import _pickle
import copyreg
import io
import os
import pickle
import tempfile


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Thing({self.name!r})'


# persistent_id / persistent_load as methods of subclasses.
class PersPickler(_pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Thing):
            return 'thing:' + obj.name
        return None


class PersUnpickler(_pickle.Unpickler):
    def persistent_load(self, pid):
        kind, _, name = pid.partition(':')
        return Thing(name.upper())


for proto in range(6):
    f = io.BytesIO()
    PersPickler(f, proto).dump([Thing('a'), 1, Thing('b')])
    print(proto, f.getvalue())
    f.seek(0)
    print(PersUnpickler(f).load())

# ... and as attributes.
f = io.BytesIO()
p = _pickle.Pickler(f, 2)
p.persistent_id = lambda obj: 'x' if obj == 42 else None
print(p.persistent_id(42), p.persistent_id(1))
p.dump([42, 1])
f.seek(0)
u = _pickle.Unpickler(f)
u.persistent_load = lambda pid: ('loaded', pid)
print(u.load())
print(isinstance(PersPickler(io.BytesIO()).persistent_id, type(Thing('x').__repr__)))


# dispatch_table: per instance, and as a class attribute.
def reduce_thing(t):
    return Thing, ('via table ' + t.name,)


f = io.BytesIO()
p = _pickle.Pickler(f)
p.dispatch_table = {Thing: reduce_thing}
print(p.dispatch_table is not None)
p.dump(Thing('t'))
print(_pickle.loads(f.getvalue()))


class TablePickler(_pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Thing] = reduce_thing


f = io.BytesIO()
TablePickler(f).dump([Thing('u')])
print(_pickle.loads(f.getvalue()))


# reducer_override sees everything that is not a builtin container or atom.
class Override(_pickle.Pickler):
    seen = []

    def reducer_override(self, obj):
        self.seen.append(type(obj).__name__)
        if isinstance(obj, Thing):
            return str, ('overridden',)
        return NotImplemented


f = io.BytesIO()
Override(f).dump([Thing('v'), len, Thing, 1, 'a', (2,)])
print(Override.seen, _pickle.loads(f.getvalue())[0])

# The memo: kept between dumps until cleared, shown and replaced through a proxy.
f = io.BytesIO()
p = _pickle.Pickler(f, 2)
shared = ['shared']
p.dump(shared)
p.dump(shared)
print(f.getvalue())
memo = p.memo.copy()
print(type(p.memo).__name__, sorted(v[0] for v in memo.values()), sorted(memo.values(), key=lambda v: v[0])[0][1])
print(p.memo.__reduce__()[0] is dict)
p.clear_memo()
print(p.memo.copy())
p.memo = memo
p.dump(shared)
p.memo.clear()
p.dump(shared)
print(f.getvalue())
q = _pickle.Pickler(io.BytesIO())
q.memo = p.memo
print(q.memo.copy() == p.memo.copy())
f.seek(0)
u = _pickle.Unpickler(f)
a = u.load()
b = u.load()
print(a, a is b, u.memo.copy() == {0: a})
v = _pickle.Unpickler(io.BytesIO(b'h\x00.'))
v.memo = u.memo
print(v.load() is a)
u.memo.clear()
print(u.memo.copy(), u.memo.__reduce__())

# fast mode writes no memo entries; bin follows the protocol.
f = io.BytesIO()
p = _pickle.Pickler(f, 2)
print(p.fast, p.bin, _pickle.Pickler(io.BytesIO(), 0).bin)
p.fast = True
p.dump([shared, shared])
print(f.getvalue())
r = []
r.append(r)
try:
    p.dump(r)
except Exception as e:
    print(type(e).__name__, str(e).split(' at ')[0])

# find_class can be overridden (and is used for every global).
class Restrict(_pickle.Unpickler):
    def find_class(self, module, name):
        print('find_class', module, name)
        if name == 'len':
            return super().find_class(module, name)
        raise _pickle.UnpicklingError('forbidden ' + name)


for proto in (0, 2, 4):
    data = _pickle.dumps([len, 1], proto)
    print(Restrict(io.BytesIO(data)).load())
try:
    Restrict(io.BytesIO(_pickle.dumps(os.getcwd))).load()
except _pickle.UnpicklingError as e:
    print(e)

# Several pickles in one file, read back one by one (from a buffered file, which can peek).
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'p')
    with open(path, 'wb') as f:
        for proto in range(6):
            _pickle.dump({'proto': proto, 'data': list(range(proto))}, f, proto)
        _pickle.dump(b'z' * 100000, f, 4)
        _pickle.dump('end', f)
    with open(path, 'rb') as f:
        u = _pickle.Unpickler(f)
        for _ in range(6):
            print(u.load())
        print(len(u.load()), u.load(), f.read())
    with open(path, 'rb') as f:
        print(_pickle.load(f), f.tell())

# Out-of-band buffers with protocol 5.
class Buf:
    def __init__(self, data):
        self.data = data

    def __reduce_ex__(self, proto):
        return type(self), (pickle.PickleBuffer(self.data),)


bufs = []
data = _pickle.dumps([Buf(b'ro'), Buf(bytearray(b'rw'))], 5, buffer_callback=bufs.append)
print(data, [bytes(b.raw()) for b in bufs], [b.raw().readonly for b in bufs])
back = _pickle.loads(data, buffers=bufs)
print([type(x.data).__name__ for x in back], [bytes(x.data) for x in back])
print([type(x.data).__name__ for x in _pickle.loads(_pickle.dumps([Buf(b'ro'), Buf(bytearray(b'rw'))], 5))])
inband = _pickle.dumps(pickle.PickleBuffer(b'in'), 5, buffer_callback=lambda b: True)
print(inband, _pickle.loads(inband))

# Python 2 strings.
print(_pickle.loads(b"S'caf\\xc3\\xa9'\n.", encoding='utf-8'))
print(_pickle.loads(b"S'caf\\xe9'\n.", encoding='bytes'))
print(_pickle.loads(b"(lp0\nS'a'\np1\na.", fix_imports=False))
