# Odds and ends of the class machinery: an unbound super as a class attribute, hooks set on a base
# after subclasses exist, __dict__ deletion, type's read-only attributes, object.__setattr__ on
# classes, __sizeof__ overrides, slot names in pickling's reduce.
import copyreg
import sys


def err(f):
    try:
        f()
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
    else:
        print("ok")


class A:
    def meth(self):
        return "A"


class B(A):
    def meth(self):
        return "B" + self.__super.meth()


B._B__super = super(B)
print(B().meth())


class P:
    pass


class Q(P):
    pass


class R(Q):
    pass


r = R()
r.foo = 1
print(r.foo)
P.__getattribute__ = lambda self, name: 24 if name == "foo" else object.__getattribute__(self, name)
print(r.foo)
Q.__getattr__ = lambda self, name: "hello"
print(r.spam)
del P.__getattribute__
print(r.foo)
del r.foo
print(r.foo)
del Q.__getattr__
err(lambda: r.foo)


class C:
    pass


c = C()
c.__dict__ = {"b": 1}
print(c.b)
del c.__dict__
print(c.__dict__)


class Meta(type):
    pass


class D(metaclass=Meta):
    pass


err(lambda: setattr(D, "__dict__", {}))
err(lambda: delattr(D, "__abstractmethods__"))
err(lambda: type(C).__dict__["__doc__"].__delete__(C))
err(lambda: object.__setattr__(str, "x", 1))
err(lambda: object.__setattr__(D, "x", 1))
err(lambda: object.__delattr__(D, "x"))
type.__setattr__(D, "x", 1)
print(D.x)


class Sized:
    def __sizeof__(self):
        return 0


class Slotted:
    __slots__ = ()

    def __sizeof__(self):
        return 5


class Neg:
    def __sizeof__(self):
        return -1


print(sys.getsizeof(Sized()), sys.getsizeof(Slotted()))
err(lambda: sys.getsizeof(Neg()))


class Bad:
    def __sizeof__(self):
        return "a"


err(lambda: sys.getsizeof(Bad()))
print(sys.getsizeof(Bad(), "dflt"))


class S(str):
    pass


class Picky:
    __slotnames__ = [S("spam")]

    def __getattr__(self, attr):
        if attr == "spam":
            return 42
        raise AttributeError(attr)


red = Picky().__reduce_ex__(2)
print(red[0] is copyreg.__newobj__, red[2])


class Sl:
    __slots__ = ("x", "__y")


s = Sl()
s.x = 1
s._Sl__y = 2
print(Sl().__reduce_ex__(2)[2], s.__reduce_ex__(2)[2], Sl.__slotnames__)
l = []
print(l.__add__.__objclass__ is list, type(lambda: 0).__globals__.__class__.__name__)


class Base:
    pass


class Meta1(type, Base):
    pass


class Meta2(Base, type):
    pass


class F(metaclass=Meta2):
    x = 1


print(type(F.__dict__).__name__, F.__dict__["x"])
err(lambda: setattr(F, "__dict__", {}))
err(lambda: delattr(F, "__dict__"))
err(lambda: Base.__dict__["__dict__"].__set__(F, {}))
