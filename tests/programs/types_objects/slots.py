# __slots__: no instance dict, slot descriptors, inheritance, __dict__/__weakref__ slots, errors


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), type(P.x).__name__, P.__slots__, sorted(k for k in vars(P) if k in ("x", "y")))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x, P.x.__get__(p), P.x.__name__)
P.x.__set__(p, 20)
print(p.x)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)


class Q(P):
    pass


q = Q(1, 2)
q.extra = "subclass without slots gets a dict"
print(q.extra, q.__dict__)


class R(P):
    __slots__ = ("z",)


r = R(1, 2)
r.z = 3
print(r.x, r.z, hasattr(r, "__dict__"))
try:
    r.w = 4
except AttributeError as e:
    print(type(e).__name__, e)


class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = "string slots"
print(s.only, Single.__slots__)
errors = [
    lambda: type("Bad", (), {"__slots__": ("a", "a")}),
    lambda: type("Bad", (), {"__slots__": ("a",), "a": 1}),
    lambda: type("Bad", (), {"__slots__": (1,)}),
    lambda: type("Bad", (), {"__slots__": ("not valid",)}),
    lambda: type("Bad", (int,), {"__slots__": ("a",)}),
    lambda: type("Bad", (), {"__slots__": ("__dict__", "__dict__")}),
]
for fn in errors:
    try:
        fn()
        print("created")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Empty:
    __slots__ = ()


e = Empty()
try:
    e.anything = 1
except AttributeError as err:
    print(type(err).__name__, err)
print(Empty.__slots__, hasattr(e, "__dict__"), hasattr(e, "__weakref__"))


class Mangled:
    __slots__ = ("__private",)

    def set(self, v):
        self.__private = v
        return self.__private


print(Mangled().set(5), "_Mangled__private" in vars(Mangled), sorted(Mangled.__slots__))


class Default:
    __slots__ = ("v",)
    v_default = "class attr ok"


print(Default.v_default, Default().v_default)
print(P(1, 2).__class__.__name__, P.__dict__.get("__slots__"), "__dict__" in dir(Q(1, 2)), "__dict__" in dir(p))
