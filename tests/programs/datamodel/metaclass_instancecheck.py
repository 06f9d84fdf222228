# __instancecheck__ and __subclasscheck__ on a metaclass customise isinstance/issubclass.

class Duck(type):
    def __instancecheck__(cls, obj):
        print(f"  __instancecheck__({cls.__name__}, {type(obj).__name__})")
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print(f"  __subclasscheck__({cls.__name__}, {sub.__name__})")
        return hasattr(sub, "quack")

class Quacker(metaclass=Duck):
    pass

class Mallard:
    def quack(self):
        return "quack"
class Dog:
    pass

print(isinstance(Mallard(), Quacker), isinstance(Dog(), Quacker))
print(issubclass(Mallard, Quacker), issubclass(Dog, Quacker))
print(isinstance(Dog(), (int, Quacker)), isinstance(1, (int, Quacker)))
print(isinstance(Mallard(), (str, (float, Quacker))))

# An exact type match short-circuits: __instancecheck__ is not called.
q = Quacker()
print(isinstance(q, Quacker))

# The result is converted to bool.
class Truthy(type):
    def __instancecheck__(cls, obj):
        return "yes"
    def __subclasscheck__(cls, sub):
        return 0
class T(metaclass=Truthy):
    pass
print(isinstance(1, T), issubclass(int, T))

# A virtual-subclass registry like abc.ABCMeta, written by hand.
class ABCish(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._virtual = set()
        return cls
    def register(cls, sub):
        cls._virtual.add(sub)
        return sub
    def __subclasscheck__(cls, sub):
        if sub in cls._virtual:
            return True
        return any(issubclass(sub, v) for v in cls._virtual) or type.__subclasscheck__(cls, sub)
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

class Sized(metaclass=ABCish):
    pass
Sized.register(list)
@Sized.register
class MyThing:
    pass
class SubThing(MyThing):
    pass
class Concrete(Sized):
    pass
print(isinstance([], Sized), isinstance((), Sized), isinstance(MyThing(), Sized),
      issubclass(SubThing, Sized), issubclass(Concrete, Sized), isinstance(Concrete(), Sized))

# except clauses use the real subclass relation, not __subclasscheck__.
class CatchAll(type):
    def __subclasscheck__(cls, sub):
        return True
class Catcher(Exception, metaclass=CatchAll):
    pass
print(issubclass(ValueError, Catcher))
try:
    try:
        raise ValueError("not caught by Catcher")
    except Catcher:
        print("caught by Catcher")
except ValueError as e:
    print("ValueError passed through:", e)

# Errors.
def check(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)
check("isinstance(1, 1)", lambda: isinstance(1, 1))
check("isinstance(1, (int, 1))", lambda: isinstance(1, (int, 1)))
check("isinstance(1, (1, int))", lambda: isinstance(1, (1, int)))
check("issubclass(1, int)", lambda: issubclass(1, int))
check("issubclass(int, 1)", lambda: issubclass(int, 1))
check("issubclass(int, (str, [int]))", lambda: issubclass(int, (str, [int])))
check("isinstance(1, ())", lambda: isinstance(1, ()))

# Objects with __bases__ can stand in for classes in issubclass.
class FakeClass:
    __bases__ = ()
class FakeSub:
    def __init__(self, base):
        self.__bases__ = (base,)
base = FakeClass()
print(issubclass(FakeSub(base), base) if False else "skip fake", isinstance(Mallard(), object))
