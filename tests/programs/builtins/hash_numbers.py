# hash() of numbers: deterministic across runs, equal numbers hash equal
import sys

ints = [0, 1, -1, -2, 2, 100, -100, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**64,
        -(2**61), -(2**61 - 1), 10**20, -(10**20), 10**100, sys.maxsize, -sys.maxsize - 1]
for n in ints:
    print(n, hash(n))
print(hash(-1) == hash(-2), hash(True), hash(False))

floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 1e10, 1e100, 1e-100, 3.14159, 2.0**61,
          2.0**64, float("inf"), float("-inf"), 123456789.123456789, 5e-324]
for x in floats:
    print(repr(x), hash(x))
print(hash(1.0) == hash(1), hash(2.0**64) == hash(2**64), hash(0.5) == hash(1 / 2))
print(hash(-1.0), hash(-0.5))

complexes = [0j, 1j, 1 + 0j, 2 + 3j, -1 - 1j, complex(1.5, -2.5)]
for z in complexes:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(complex(0, 0)) == hash(0))

print(hash(()), hash((1,)) == hash((1,)), hash((1, 2)) == hash((1.0, 2.0)))
print(hash((1, (2, 3))), hash((-1,)), hash((0, 0)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
print(hash(None) == hash(None), hash(range(3)) == hash(range(0, 3)))
print(hash(range(0)) == hash(range(5, 5)))

d = {1: "int", 1.0: "float", True: "bool"}
print(d)
s = {0, 0.0, -0.0, False, 0j}
print(s)


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


for v in [5, -1, 2**64, -(2**64), 2**61 - 1]:
    print(v, hash(H(v)))


class BadHash:
    def __hash__(self):
        return 1.5


class NoneHash:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


for obj in [BadHash(), NoneHash(), EqOnly(), [], {}, set(), bytearray(), ([],)]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)


class IntSubHash:
    def __hash__(self):
        return True


print(hash(IntSubHash()))
print(sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf, sys.hash_info.width)
try:
    hash()
except TypeError as e:
    print(type(e).__name__, e)
