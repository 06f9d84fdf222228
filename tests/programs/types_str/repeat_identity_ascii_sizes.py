# Repetition shares an exact str/bytes when the result would equal it, and reports absurd sizes
# as MemoryError; ascii() returns an all-ASCII repr as __repr__ gave it; str subclass attribute
# names; a codec search function returning a plain 4-tuple; sys.getsizeof of exact str.
import codecs
import sys

a = "123abc1@"
print(a * 1 is a, 1 * a is a, a * 2 is a, a * 0 is a)
b = b"123"
print(b * 1 is b, 1 * b is b, b"" * 5 is b"", bytearray(b) * 1 is b)


class S(str):
    pass


s = S("xyz")
print(type(s * 1).__name__, s * 1 is s)

for c in ["a", "\xe9", "\u20ac", "\U0010ffff"]:
    for n in [sys.maxsize, sys.maxsize // 2 - 50, sys.maxsize // 4 - 30]:
        try:
            c * n
        except (MemoryError, OverflowError) as e:
            print(type(e).__name__, e)
for v in [b"a", [1], (1,), bytearray(b"a")]:
    try:
        v * (sys.maxsize // 2)
    except (MemoryError, OverflowError) as e:
        print(type(v).__name__, type(e).__name__, e)
    try:
        v * 2 * (sys.maxsize // 2)
    except (MemoryError, OverflowError) as e:
        print(type(v).__name__, type(e).__name__, e)


class R:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return self.v


for v in [S("<abc>"), S("<\xe9>"), "<abc>", "\u20ac"]:
    r = ascii(R(v))
    print(type(r).__name__, r)


class Bag:
    pass


o = Bag()
name = S("name")
try:
    delattr(o, name)
except AttributeError as e:
    print(e)
setattr(o, name, 1)
print(o.name, getattr(o, name), hasattr(o, S("name")))
o.name = 2
print(list(o.__dict__) == [name])


def search(n):
    def bad(input, errors="strict"):
        return 42

    def pair(input, errors="strict"):
        return (42, 42)

    if n == "test.plain1":
        return (bad, bad, None, None)
    if n == "test.plain2":
        return (pair, pair, None, None)


codecs.register(search)
for f, args in [(b"hello".decode, ("test.plain1",)), (str, (b"hello", "test.plain2")),
                ("hello".encode, ("test.plain1",)), ("hello".encode, ("test.plain2",)),
                (codecs.decode, (b"x", "test.plain1")), (codecs.encode, ("x", "test.plain1"))]:
    try:
        f(*args)
    except TypeError as e:
        print(e)

for t in ["", "a" * 42, "\xe9" * 42, "\u20ac" * 42, "\U0010ffff" * 42, "a\U0010ffff"]:
    print(sys.getsizeof(t))
