# Reflected operands: __rop__ is tried when the left operand returns NotImplemented or lacks
# the method, and first when the right operand's type is a subclass that overrides it.

class Left:
    def __repr__(self):
        return "L"
    def __add__(self, other):
        print("  L.__add__", other)
        return NotImplemented

class Right:
    def __repr__(self):
        return "R"
    def __radd__(self, other):
        print("  R.__radd__", other)
        return "R wins"
    def __rsub__(self, other):
        return f"rsub({other})"
    def __rmul__(self, other):
        return f"rmul({other})"
    def __rmatmul__(self, other):
        return f"rmatmul({other})"
    def __rtruediv__(self, other):
        return f"rtruediv({other})"
    def __rfloordiv__(self, other):
        return f"rfloordiv({other})"
    def __rmod__(self, other):
        return f"rmod({other})"
    def __rdivmod__(self, other):
        return f"rdivmod({other})"
    def __rpow__(self, other):
        return f"rpow({other})"
    def __rlshift__(self, other):
        return f"rlshift({other})"
    def __rrshift__(self, other):
        return f"rrshift({other})"
    def __rand__(self, other):
        return f"rand({other})"
    def __rxor__(self, other):
        return f"rxor({other})"
    def __ror__(self, other):
        return f"ror({other})"

r = Right()
print(Left() + r)
print(1 + r)
print(1 - r, 1 * r, 1 @ r, 1 / r, 1 // r, 1 % r, divmod(1, r), 1 ** r)
print(1 << r, 1 >> r, 1 & r, 1 ^ r, 1 | r)
print("s" + r, [1] * r, None ** r)
print(pow(2, r))
try:
    pow(2, r, 5)
except TypeError as e:
    print("TypeError", e)

class Base:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return self.tag
    def __add__(self, other):
        return f"Base.__add__({self}, {other})"
    def __radd__(self, other):
        return f"Base.__radd__({self}, {other})"
    def __lt__(self, other):
        return f"Base.__lt__({self}, {other})"
    def __gt__(self, other):
        return f"Base.__gt__({self}, {other})"

class Derived(Base):
    def __radd__(self, other):
        return f"Derived.__radd__({self}, {other})"
    def __gt__(self, other):
        return f"Derived.__gt__({self}, {other})"

class DerivedNoOverride(Base):
    pass

b, d, n = Base("b"), Derived("d"), DerivedNoOverride("n")
print(b + d)          # subclass overrides __radd__: it goes first
print(b + n)          # subclass does not override: left operand first
print(d + b)
print(b < d)          # reflected comparison of a subclass goes first
print(b < n)
print(d < b)

# Same type on both sides: the reflected method is never tried.
class OnlyR:
    def __radd__(self, other):
        return "radd"
try:
    OnlyR() + OnlyR()
except TypeError as e:
    print("TypeError", e)
print(1 + OnlyR(), OnlyR().__radd__(OnlyR()))

# int and float reflect among themselves.
print(1 + 2.5, 2.5 + 1, (1).__radd__(2.5), (2.5).__radd__(1), True + 1.5, 3 * 1j)

class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__"
    def __rsub__(self, other):
        return "MyInt.__rsub__"
print(1 + MyInt(2), 1 - MyInt(2), MyInt(2) + 1, MyInt(5) - 1)
