# bytearray *= in place, `in` with big ints, %b precision, a TypeError from __index__ giving way
# to the buffer, lists mutated while converted, iterators filling a bytearray as they go,
# reduce with slots and empty contents, readinto refusing read-only buffers.
import copy
import os
import pickle
import sys

b = bytearray(b"abc")
b1 = b
b *= 3
print(b, b1, b is b1)
b *= 0
print(b, b1 is b)

for container in [bytearray(b"abc"), b"abc"]:
    for item in [sys.maxsize + 1, -1, 2**100, 97, 256]:
        try:
            print(item in container)
        except ValueError as e:
            print("ValueError", e)

print(b"%*.*b" % (5, 2, b"abc"), b"%-*b|" % (5, b"ab"), b"%.*a" % (3, "xyz"), b"%.1b" % b"xy")
print(bytearray(b"%*.*b") % (5, 2, b"abc"))


class B(bytes):
    def __index__(self):
        raise TypeError


print(bytearray(B(b"foobar")), bytes(B(b"x")))


class Boom:
    def __index__(self):
        raise ValueError("boom")


try:
    bytes(Boom())
except ValueError as e:
    print("ValueError", e)


class X:
    def __index__(self):
        a.clear()
        return 42


a = [X(), X()]
print(bytes(a))
a = [X(), X()]
print(bytearray(a))


class Y:
    def __index__(self):
        if len(a) < 10:
            a.append(self)
        return 42


a = [Y()]
print(bytes(a))

seen = []
ba = bytearray()


def gen():
    for i in range(1, 6):
        yield i
        seen.append(bytes(ba))


ba.__init__(gen())
print(ba, seen)


class S(bytearray):
    __slots__ = ("x", "y", "__dict__")


s = S(b"abcd")
s.x = 10
s.z = 5
print(s.__reduce_ex__(2))
print(s.__reduce_ex__(4))
print(bytearray().__reduce_ex__(2), bytearray().__reduce_ex__(4), bytearray(b"a").__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    c = pickle.loads(pickle.dumps(s, proto))
    print(type(c).__name__, c, c.x, c.z, hasattr(c, "y"))
c = copy.deepcopy(s)
print(c.x, c.z)

fd = os.open(__file__, os.O_RDONLY)
with open(fd, "rb", buffering=0) as f:
    for target in [b"", bytearray(), memoryview(b"ab"), bytearray(3)]:
        try:
            print(f.readinto(target))
        except TypeError as e:
            print("TypeError", e)

# Resizing in place is refused while a memoryview is exported (a no-op resize is allowed).
b = bytearray(b"ab")
m = memoryview(b)
for op in ["b *= 2", "b *= 1", "b += b'x'", "b += b''"]:
    try:
        exec(op)
        print(op, "ok", b)
    except BufferError as e:
        print(op, "BufferError", e)
m.release()
b *= 2
print(b)
