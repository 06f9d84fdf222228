# Instances with __slots__: written natively when every slot is a plain member (private names
# mangled, inherited slots, slots with a __dict__ beside them), through the reduction otherwise;
# __setattr__ and __setstate__ see what they see under pickle.
from weft import checkpoint as ck


class A:
    __slots__ = ("x", "__priv", "y")

    def __init__(self):
        self.x = 1
        self.__priv = 2


class B(A):
    __slots__ = ("z", "__dict__", "x")


class C(A):
    __slots__ = ()

    @property
    def y(self):
        return "prop"


class D:
    __slots__ = ("a",)

    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v)


class E:
    __slots__ = "s"

    def __setstate__(self, st):
        print("setstate", st)
        self.s = st[1]["s"] * 10


def show(x):
    out = []
    for n in ("x", "_A__priv", "y", "z", "w", "a", "s"):
        if hasattr(x, n):
            v = getattr(x, n)
            out.append((n, "itself" if v == [x] else v))
    return out


b = B()
b.z = [b]
b.w = "dict"
b.x = 5
d = D.__new__(D)
object.__setattr__(d, "a", 3)
e = E()
e.s = 4
for o in [A(), b, d, e, A.__new__(A)]:
    r = ck.loads(ck.dumps(o))
    print(type(r).__name__, show(r))
# A property over a slot is read as pickle reads it, and cannot be set back: as under pickle.
try:
    ck.loads(ck.dumps(C()))
except AttributeError as exc:
    print("AttributeError:", exc)
# Shared and cyclic through slots.
a1, a2 = A(), A()
a1.y, a2.y = a2, a1
r1, r2 = ck.loads(ck.dumps([a1, a2]))
print(r1.y is r2, r2.y is r1)
