# Attribute references: instance, class, inherited, chained, computed, and special ones.

class Base:
    base_attr = "base"
    def method(self):
        return f"method of {type(self).__name__}"
class Child(Base):
    child_attr = "child"
    def __init__(self):
        self.inst = "instance"

c = Child()
print(c.inst, c.child_attr, c.base_attr, c.method(), Child.base_attr, Child.method(c))
print(c.__class__.__name__, c.__class__.__bases__[0].__name__, Child.__mro__[-1].__name__)
print(c.__dict__, sorted(Child.__dict__.keys() - {"__doc__", "__module__", "__init__", "__dict__", "__weakref__"}))

# Chained attribute access through nested objects.
class Node:
    def __init__(self, value, nxt=None):
        self.value, self.next = value, nxt
chain = Node(1, Node(2, Node(3)))
print(chain.next.next.value, chain.next.value)
try:
    chain.next.next.next.value
except AttributeError as e:
    print("AttributeError", e)

# Attribute access on literals and expressions.
print((1).real, 1.5.is_integer(), "abc".upper(), [1, 2].copy(), (3 + 4j).imag, b"x".hex())
print("a,b".split(",")[1].upper().lower(), len("xyz".encode()), (lambda: 0).__name__)

# getattr/setattr/hasattr/delattr with computed names.
for name in ["inst", "child_attr", "missing"]:
    print(name, getattr(c, name, "<default>"), hasattr(c, name))
setattr(c, "dynamic name", 1)       # any string works as an attribute name
print(getattr(c, "dynamic name"), sorted(vars(c)))
delattr(c, "dynamic name")

# Class attributes are shared until shadowed by an instance attribute.
class Shared:
    items = []
a, b = Shared(), Shared()
a.items.append(1)
print(b.items, Shared.items)
a.items = ["own"]
print(a.items, b.items)

# Bound method objects are created on each access.
print(c.method == c.method, c.method is c.method, c.method.__func__ is Child.method)

# Attributes of modules, functions and types.
import math
print(math.pi, math.__name__, len.__name__, int.__name__, int.__qualname__, type.__name__)
def func():
    """doc"""
print(func.__name__, func.__doc__, func.__module__, func.__defaults__, func.__code__.co_name)

# Names that look private are mangled in class bodies, but not elsewhere.
class M:
    def __init__(self):
        self.__private = 1
        self.__dunder__ = 2
        self._single = 3
m = M()
print(sorted(vars(m)))
print(m._M__private, m.__dunder__, m._single)

# Attribute names are strings; non-identifiers are allowed via setattr only.
class Free:
    pass
fr = Free()
setattr(fr, "1abc", "x")
setattr(fr, "", "empty")
print(getattr(fr, "1abc"), getattr(fr, ""), sorted(vars(fr)))

# Errors for missing attributes on types, instances and None.
for expr in ["c.nope", "Child.nope", "None.nope", "(1).nope", "math.nope", "func.nope"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, "->", e)

# property and class-level property access.
class P:
    @property
    def computed(self):
        return "computed value"
print(P().computed, type(P.computed).__name__)
try:
    P().computed = 1
except AttributeError as e:
    print("AttributeError", e)
