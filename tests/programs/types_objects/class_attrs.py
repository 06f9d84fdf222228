# class-level metadata: __name__/__qualname__/__module__/__doc__/__dict__ (mappingproxy), __subclasses__


class Outer:
    """Outer docstring."""

    class Inner:
        class Deepest:
            pass

    def method(self):
        class Local:
            pass

        return Local

    attr = 1


print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.__doc__)
L = Outer().method()
print(L.__name__, L.__qualname__, Outer.method.__qualname__, repr(Outer.Inner.Deepest))
print(type(Outer.__dict__).__name__, sorted(Outer.__dict__), Outer.__dict__["attr"])
try:
    Outer.__dict__["attr"] = 2
except TypeError as e:
    print(type(e).__name__, e)
Outer.attr = 3
Outer.new = "added"
print(Outer.__dict__["attr"], "new" in Outer.__dict__, Outer.__dict__.get("missing", "dflt"))
del Outer.new
print("new" in vars(Outer), hasattr(Outer, "new"))
Outer.__name__ = "Renamed"
Outer.__qualname__ = "Some.Path"
print(Outer.__name__, Outer.__qualname__, repr(Outer))
try:
    Outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Outer.__name__
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    pass


class Sub1(Base):
    pass


class Sub2(Base):
    pass


class SubSub(Sub1):
    pass


print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in Sub1.__subclasses__()], SubSub.__subclasses__())
print(Base.__bases__, SubSub.__bases__, SubSub.__base__, Base.__doc__, Sub1.__dict__.get("__doc__"))
print(sorted(k for k in vars(Base)), "__weakref__" in vars(Base), "__dict__" in vars(Sub1))
print(int.__module__, len.__module__, type(vars(int)).__name__, "real" in vars(int), sorted(vars(object))[:4])
try:
    int.__name__ = "integer"
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)


class WithAnnotations:
    a: int
    b: str = "default"


print(WithAnnotations.__annotations__, WithAnnotations.b, hasattr(WithAnnotations, "a"))
proxy = vars(Sub2)
print(type(proxy).__name__, len(proxy) >= 2, list(proxy.keys())[:2], proxy.copy() == dict(proxy), "x" not in proxy)
Sub2.x = 1
print("x" in proxy, proxy["x"])
