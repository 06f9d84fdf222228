# Implicit special-method calls look the method up on the type, never the instance, and see
# later changes to the class; __class__ assignment switches behaviour.

class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C()"

c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())

# Patching the class after creation affects existing instances.
C.__len__ = lambda self: 2
C.__add__ = lambda self, o: f"added {o}"
C.__getitem__ = lambda self, k: k * 2
C.__iter__ = lambda self: iter("xy")
C.__contains__ = lambda self, v: v == "magic"
C.__call__ = lambda self, *a: ("called", a)
C.__bool__ = lambda self: False
C.__hash__ = lambda self: 7
C.__eq__ = lambda self, o: isinstance(o, C)
print(len(c), c + 1, c[21], list(c), "magic" in c, c(1, 2), bool(c), hash(c), c == C())
del C.__len__
try:
    len(c)
except TypeError as e:
    print("TypeError", e)
print(bool(c))
del C.__bool__
print(bool(c))

# Special methods inherited through the MRO, and overridden in between.
class A:
    def __str__(self):
        return "A.__str__"
class B(A):
    pass
class D(B):
    def __str__(self):
        return "D.__str__"
print(str(B()), str(D()))
B.__str__ = lambda self: "patched B"
print(str(B()), str(D()), str(A()))

# __class__ assignment between compatible classes.
class Cat:
    def speak(self):
        return "meow"
    def __repr__(self):
        return "Cat"
class Dog:
    def speak(self):
        return "woof"
    def __repr__(self):
        return "Dog"
pet = Cat()
pet.name = "Rex"
print(pet, pet.speak())
pet.__class__ = Dog
print(pet, pet.speak(), pet.name, type(pet).__name__, isinstance(pet, Cat))

def check(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except TypeError as e:
        print(label, "-> TypeError:", e)

def assign(obj, cls):
    obj.__class__ = cls
class Slotted:
    __slots__ = ("a",)
class OtherSlotted:
    __slots__ = ("b",)
class SameSlotted:
    __slots__ = ("a",)
check("Cat -> int", lambda: assign(Cat(), int))
check("1 -> bool", lambda: assign(1, bool))
check("Cat -> Slotted", lambda: assign(Cat(), Slotted))
check("Slotted -> OtherSlotted", lambda: assign(Slotted(), OtherSlotted))
check("Slotted -> SameSlotted", lambda: assign(Slotted(), SameSlotted))
check("Cat -> 'str'", lambda: assign(Cat(), "str"))
check("[] -> Cat", lambda: assign([], Cat))

# Implicit lookup skips __getattr__ and __getattribute__ on the instance's class.
class Dynamic:
    def __getattr__(self, name):
        return lambda *a: "dynamic"
dy = Dynamic()
print(dy.__len__())
try:
    len(dy)
except TypeError as e:
    print("TypeError", e)

# But a metaclass __getattr__ is not consulted either.
class Meta(type):
    def __getattr__(cls, name):
        return lambda *a: "from meta"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.__len__())
try:
    len(WithMeta())
except TypeError as e:
    print("TypeError", e)

# Descriptors as special methods: staticmethod and a callable object.
class Weird:
    __len__ = staticmethod(lambda: 5)
    class _Callable:
        def __get__(self, obj, typ):
            return lambda: 6
    __bool__ = _Callable()
print(len(Weird()) if False else "staticmethod __len__ takes no self:", end=" ")
try:
    print(len(Weird()))
except TypeError as e:
    print("TypeError", e)
class Weird2:
    class _Getter:
        def __get__(self, obj, typ):
            return lambda: 6
    __len__ = _Getter()
print(len(Weird2()))
