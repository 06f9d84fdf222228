# __slots__: fixed attribute sets, member descriptors, inheritance and the errors.

class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
p.y = 2
print(p.x, p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)
print(type(P.x).__name__, P.x.__name__, P.x.__objclass__.__name__)
print(repr(P.x).startswith("<member 'x' of 'P' objects>"), P.__slots__)

# A string __slots__ is a single name.
class Single:
    __slots__ = "only"
s = Single()
s.only = 1
print(s.only, Single.__slots__)

# Empty slots: no attributes at all.
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print("AttributeError", e)

# __dict__ in slots gives a dict back; __weakref__ too.
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__)

# Subclasses without __slots__ get a __dict__.
class Sub(P):
    pass
sb = Sub(5)
sb.anything = 1
print(sb.x, sb.anything, sb.__dict__)

# Subclass with its own slots adds to the parent's.
class Sub2(P):
    __slots__ = ("z",)
s2 = Sub2(1)
s2.z = 3
s2.y = 2
print(s2.x, s2.y, s2.z)
try:
    s2.w = 1
except AttributeError as e:
    print("AttributeError", e)

def check(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def conflict():
    class C:
        __slots__ = ("v",)
        v = 1
def dup_dict():
    class C:
        __slots__ = ("__dict__", "__dict__")
def bad_name():
    class C:
        __slots__ = ("not valid",)
def bad_type():
    class C:
        __slots__ = (1,)
def nonempty_int():
    class C(int):
        __slots__ = ("a",)
def nonempty_tuple():
    class C(tuple):
        __slots__ = ("a",)
def layout():
    class A:
        __slots__ = ("a",)
    class B:
        __slots__ = ("b",)
    class C(A, B):
        pass
def dict_twice():
    class A:
        pass
    class B(A):
        __slots__ = ("__dict__",)

check("slot conflicts with class variable", conflict)
check("__dict__ twice", dup_dict)
check("invalid slot name", bad_name)
check("slot name not a string", bad_type)
check("nonempty slots on int subclass", nonempty_int)
check("nonempty slots on tuple subclass", nonempty_tuple)
check("multiple bases with slots", layout)
check("__dict__ slot when base has dict", dict_twice)

# Private-name mangling applies to slots.
class Mangled:
    __slots__ = ("__secret", "public")
    def __init__(self):
        self.__secret = "hidden"
    def reveal(self):
        return self.__secret
print(Mangled().reveal(), [n for n in Mangled.__dict__ if "secret" in n])

# Slots with default values via a class attribute are impossible; use __init__.
class Defaults:
    __slots__ = ("a", "b")
    def __init__(self, a=1, b=2):
        self.a, self.b = a, b
    def __repr__(self):
        return f"Defaults({self.a}, {self.b})"
print(Defaults(), Defaults(b=5), [Defaults(i) for i in range(3)])

# Member descriptors can be used directly.
d = Defaults()
P_a = Defaults.a
print(P_a.__get__(d), P_a.__get__(None, Defaults) is P_a)
P_a.__set__(d, 99)
print(d.a)
P_a.__delete__(d)
print(hasattr(d, "a"))
