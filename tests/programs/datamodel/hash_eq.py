# __hash__ and __eq__ together: unhashable classes, inherited hashes, dict/set behaviour.

class Default:
    pass
d1 = Default()
print(hash(d1) == hash(d1), d1 == d1, {d1: 1}[d1])

class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError", e)

class HashNone:
    __hash__ = None
try:
    hash(HashNone())
except TypeError as e:
    print("TypeError", e)

class EqAndHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        print(f"  __eq__({self.k}, {o.k})")
        return isinstance(o, EqAndHash) and self.k % 10 == o.k % 10
    def __hash__(self):
        print(f"  __hash__({self.k})")
        return self.k % 10
    def __repr__(self):
        return f"K{self.k}"

s = set()
s.add(EqAndHash(1))
s.add(EqAndHash(11))     # equal: same hash bucket, __eq__ says yes
s.add(EqAndHash(2))
print(sorted(s, key=lambda k: k.k))
d = {EqAndHash(3): "three"}
print(d[EqAndHash(13)])
print(EqAndHash(4) in d)

# Subclass overriding __eq__ loses the inherited __hash__; overriding only __hash__ keeps __eq__.
class Base:
    def __hash__(self):
        return 42
class Child(Base):
    def __eq__(self, o):
        return False
class Child2(Base):
    pass
print(Child.__hash__ is None, hash(Child2()))
class Child3(Child):
    __hash__ = Base.__hash__
print(hash(Child3()))

# Hash results are normalised: -1 becomes -2, big ints are reduced modulo 2**61 - 1.
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
print(hash(H(-1)), hash(H(0)), hash(H(2**61 - 1)), hash(H(2**61)), hash(H(2**100)), hash(H(-2**100)))
print(hash(H(True)))

class MyInt(int):
    pass
print(hash(H(MyInt(7))))

for bad in ["str", 1.5, None]:
    try:
        hash(H(bad))
    except TypeError as e:
        print("TypeError", e)

# Equal numbers hash equal across types.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(2**64) == hash(float(2**64)), hash(1.5) == hash(complex(1.5, 0)))
print({1: "int", 1.0: "float", True: "bool"})

# Mutating a key after insertion: it is lost in the wrong bucket.
class Mut:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
m = Mut(1)
ds = {m: "value"}
m.v = 2
print(Mut(2) in ds, Mut(1) in ds, len(ds), m in ds)

# Identity is checked before __eq__ in containers.
class NeverEq:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
n = NeverEq()
print(n == n, n in [n], n in {n}, [n] == [n], (n,) == (n,), {n: 1}[n])
