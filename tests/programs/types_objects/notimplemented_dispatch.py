# binary operator dispatch: NotImplemented, reflected methods, subclass priority, in-place fallback


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  V.__add__", type(other).__name__)
        if isinstance(other, (int, V)):
            return V(self.v + (other.v if isinstance(other, V) else other))
        return NotImplemented

    def __radd__(self, other):
        print("  V.__radd__", type(other).__name__)
        if isinstance(other, int):
            return V(other + self.v)
        return NotImplemented

    def __eq__(self, other):
        print("  V.__eq__")
        return NotImplemented

    def __repr__(self):
        return "V(%r)" % self.v


print(V(1) + 2, 3 + V(4), V(1) + V(2))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + V(1)
except TypeError as e:
    print(type(e).__name__, e)
print(V(1) == V(1), V(1) != 2)


class SubV(V):
    def __radd__(self, other):
        print("  SubV.__radd__", type(other).__name__)
        return "SubV wins"


print(V(1) + SubV(2))


class SubVNoOverride(V):
    pass


print(V(1) + SubVNoOverride(5))


class InPlace:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __add__(self, other):
        return "plain add"


ip = InPlace()
orig = ip
ip += 1
ip += 2
print(ip is orig, ip.items)


class OnlyAdd:
    def __add__(self, other):
        return "fallback to __add__"


oa = OnlyAdd()
oa += 5
print(oa)


class IaddNotImpl:
    def __iadd__(self, other):
        return NotImplemented

    def __add__(self, other):
        return "__add__ after __iadd__ NotImplemented"


x = IaddNotImpl()
x += 1
print(x)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print((1).__add__("x"), (1.5).__lt__("a"), (1).__eq__(1.0), [].__eq__(()), "x".__eq__(1))


class Cmp:
    def __lt__(self, other):
        print("  Cmp.__lt__")
        return NotImplemented

    def __gt__(self, other):
        print("  Cmp.__gt__")
        return NotImplemented


try:
    Cmp() < Cmp()
except TypeError as e:
    print(type(e).__name__, e)
print(Cmp() == Cmp(), Cmp() != Cmp())
try:
    Cmp() <= 1
except TypeError as e:
    print(type(e).__name__, e)
