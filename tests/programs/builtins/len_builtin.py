# len() across types, __len__ protocol and its error messages
import sys

print(len(""), len("abc"), len("\U0001f600\u00e9"))
print(len(b""), len(b"\x00\x01"), len(bytearray(5)), len(memoryview(b"abcd")))
print(len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({1: 2, 3: 4}), len(set()), len({1, 2, 2, 3}), len(frozenset("aab")))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)))
print(len(range(-(10**20), 10**20, 10**19)))
print(len({"a": 1}.keys()), len({"a": 1}.values()), len({"a": 1}.items()))


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(0)), len(Sized(7)), len(Sized(True)))
print(bool(Sized(0)), bool(Sized(3)))

for bad in [-1, 2.0, "3", None, 10**100, sys.maxsize + 1]:
    try:
        print(len(Sized(bad)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class IndexLike:
    def __index__(self):
        return 4


print(len(Sized(IndexLike())))


class IntSub(int):
    pass


r = len(Sized(IntSub(9)))
print(r, type(r).__name__)

for obj in [5, 2.5, None, object(), iter([1]), (x for x in "ab"), len]:
    try:
        len(obj)
    except TypeError as e:
        print(type(e).__name__, e)


class NoLen:
    pass


try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)


class ClassLen:
    __len__ = None


try:
    len(ClassLen())
except TypeError as e:
    print(type(e).__name__, e)

n = NoLen()
n.__len__ = lambda: 3
try:
    print(len(n))
except TypeError as e:
    print(type(e).__name__, e)

try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
print(len(Sized(sys.maxsize)))
