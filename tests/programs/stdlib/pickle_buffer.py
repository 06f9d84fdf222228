# pickle.PickleBuffer and protocol 5 out-of-band buffers (weft's _pickle has only PickleBuffer,
# so pickle.py uses its pure-Python Pickler and Unpickler).
import pickle
import _pickle
from pickle import PickleBuffer

print(PickleBuffer is _pickle.PickleBuffer, PickleBuffer.__module__, PickleBuffer.__name__)
print(PickleBuffer.__doc__, PickleBuffer.raw.__doc__)

b = b"abcdef"
pb = PickleBuffer(b)
m = memoryview(pb)
print(type(pb).__name__, m.tobytes(), m.readonly, m.format, m.nbytes, len(m), bytes(m[1:3]))
r = pb.raw()
print(r.tobytes(), r.readonly, r.format, r.contiguous, r.obj is b)

ba = bytearray(b"xyz")
pb2 = PickleBuffer(ba)
m2 = memoryview(pb2)
print(m2.readonly, m2.tobytes())
m2[0] = ord("X")
print(ba)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError", e)
m2.release()
pb2.release()
pb2.release()
ba.append(33)
print(ba)
for f in (lambda: memoryview(pb2), lambda: pb2.raw()):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)

pb3 = PickleBuffer(memoryview(b"0123456789")[2:8])
print(pb3.raw().tobytes(), memoryview(pb3).tobytes())
try:
    PickleBuffer(memoryview(b"0123456789")[::2]).raw()
except BufferError as e:
    print("BufferError", e)
for bad in (lambda: PickleBuffer(5), lambda: PickleBuffer("str"), lambda: PickleBuffer(),
            lambda: PickleBuffer(b"x", b"y")):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# In-band and out-of-band pickling.
data = [PickleBuffer(b"hello"), PickleBuffer(bytearray(b"world")), 42]
for proto in range(0, 6):
    try:
        s = pickle.dumps(data, protocol=proto)
        print(proto, pickle.loads(s))
    except pickle.PicklingError as e:
        print(proto, "PicklingError", e)
buffers = []
s = pickle.dumps(data, protocol=5, buffer_callback=buffers.append)
print(len(buffers), [type(x).__name__ for x in buffers], b"hello" in s, b"world" in s)
out = pickle.loads(s, buffers=buffers)
print([type(x).__name__ for x in out], out[0] is buffers[0], bytes(memoryview(out[1])), out[2])
out = pickle.loads(s, buffers=[b"HELLO", bytearray(b"WORLD")])
print(out, type(out[0]).__name__, out[0].readonly if isinstance(out[0], memoryview) else None)
try:
    pickle.loads(s)
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
try:
    pickle.loads(s, buffers=[b"only one"])
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
s2 = pickle.dumps(data, protocol=5, buffer_callback=lambda b: True)
print(pickle.loads(s2))


class ZeroCopyBytes(bytes):
    def __reduce_ex__(self, protocol):
        if protocol >= 5:
            return type(self)._reconstruct, (PickleBuffer(self),), None
        return type(self)._reconstruct, (bytes(self),)

    @classmethod
    def _reconstruct(cls, obj):
        with memoryview(obj) as m:
            obj = m.obj
            if type(obj) is cls:
                return obj
            return cls(obj)


z = ZeroCopyBytes(b"zero-copy")
bufs = []
s = pickle.dumps(z, protocol=5, buffer_callback=bufs.append)
new = pickle.loads(s, buffers=bufs)
print(new, type(new).__name__, new is z, len(bufs))
print(pickle.loads(pickle.dumps(z, protocol=4)))
