# dir(): __dir__ customisation, sorting of the result, and the default listing.

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "Mid", "_private", "alpha"]
print(dir(Custom()))

class ReturnsTuple:
    def __dir__(self):
        return ("b", "a")
print(dir(ReturnsTuple()))

class ReturnsGenerator:
    def __dir__(self):
        return (c for c in "cab")
print(dir(ReturnsGenerator()))

class ReturnsNonIterable:
    def __dir__(self):
        return 5
try:
    dir(ReturnsNonIterable())
except TypeError as e:
    print("TypeError", e)

class ReturnsMixed:
    def __dir__(self):
        return ["b", 1]
try:
    dir(ReturnsMixed())
except TypeError as e:
    print("TypeError", e)

# The default dir() merges instance dict, class and bases.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
names = dir(Child())
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, "__dict__" in names, "__weakref__" in names)
print([n for n in dir(Child) if not n.startswith("__")])

# __dir__ on a metaclass customises dir() of the class.
class Meta(type):
    def __dir__(cls):
        return ["from_meta"]
class WithMeta(metaclass=Meta):
    x = 1
print(dir(WithMeta), [n for n in dir(WithMeta()) if not n.startswith("__")])

# Slots appear in dir().
class Slotted:
    __slots__ = ("a", "b")
print([n for n in dir(Slotted()) if not n.startswith("__")], "__dict__" in dir(Slotted()))

# dir() of a module object and of builtin instances (checked for a few names).
import math
print("sqrt" in dir(math), "pi" in dir(math), dir(math) == sorted(dir(math)))
print([n for n in dir(1) if not n.startswith("_")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])

# dir() without arguments lists the local scope, sorted.
def scope():
    b = 1
    a = 2
    _c = 3
    return dir()
print(scope())

class ClassBody:
    z = 1
    y = 2
    listing = dir()
print(ClassBody.listing)

try:
    dir(1, 2)
except TypeError as e:
    print("TypeError", e)
