# __set_name__: called on class creation for every attribute that defines it, in order.

class Field:
    def __set_name__(self, owner, name):
        print(f"  __set_name__(owner={owner.__name__}, name={name!r})")
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

print("defining Point")
class Point:
    x = Field()
    y = Field()
    label = "not a descriptor"
    z = Field()
print("defined")
p = Point()
p.x, p.y = 1, 2
print(p.x, p.y, p.z, Point.x.name, Point.z.owner, sorted(vars(p)))

# The same descriptor object under two names gets two calls.
shared = Field()
class Twice:
    a = shared
    b = shared
print(shared.name)

# Adding a descriptor after class creation does not call __set_name__.
Point.w = Field()
print(hasattr(Point.w, "name"))
Point.w.__set_name__(Point, "w")

# type() calls __set_name__ too.
Dyn = type("Dyn", (), {"f": Field(), "g": Field()})
print(Dyn.f.owner, Dyn.g.name)

# Subclasses do not re-trigger __set_name__ for inherited attributes.
class SubPoint(Point):
    extra = Field()

# __set_name__ is looked up on the type, and plain attributes named __set_name__ are ignored.
class NotCalled:
    pass
nc = NotCalled()
nc.__set_name__ = lambda owner, name: print("  never")
class UsesIt:
    attr = nc
print("instance attribute __set_name__ ignored")

# Errors in __set_name__ propagate, wrapped in 3.11 as RuntimeError with the cause chained.
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class Fails:
        ok = Field()
        broken = Bad()
except Exception as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__ if e.__cause__ else None, e.__cause__)

# __set_name__ with the wrong signature.
class WrongSig:
    def __set_name__(self):
        pass
try:
    class Fails2:
        w = WrongSig()
except Exception as e:
    print(type(e).__name__, e)

# Order follows the class namespace, including names bound by methods and nested classes.
class Order:
    def method(self):
        pass
    first = Field()
    class Inner:
        pass
    second = Field()
print([k for k in vars(Order) if not k.startswith("__")])
