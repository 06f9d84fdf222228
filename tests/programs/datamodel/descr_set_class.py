# Assigning __class__: which layouts are compatible (slots in name order, __dict__, __weakref__, the
# base extended), CPython's messages, and attribute caches following the new class.
import types


def err(f):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    else:
        print("ok")


def assign(x, cls):
    def f():
        x.__class__ = cls
    err(f)


class C:
    def who(self):
        return "C"


class D:
    def who(self):
        return "D"


c = C()
for i in range(3):
    print(c.who())
    c.__class__ = D if i % 2 == 0 else C
print(c.who(), type(c).__name__)

assign(C(), list)
assign([], C)
assign(C(), 1)
assign(C(), object)
assign(object(), C)
assign(1, bool)
err(lambda: delattr(C(), "__class__"))


class G:
    __slots__ = ["a", "b"]


class H:
    __slots__ = ["b", "a"]


class J:
    __slots__ = ["c", "b"]


class K:
    __slots__ = ["a", "b", "d"]


class L(H):
    __slots__ = ["e"]


class M(G):
    __slots__ = ["e"]


class N(J):
    __slots__ = ["__weakref__"]


class P(J):
    __slots__ = ["__dict__"]


class Q(J):
    pass


class R(J):
    __slots__ = ["__dict__", "__weakref__"]


print(list(G.__dict__))
for a, b in ((G, H), (Q, R), (R, Q)):
    x = a()
    x.b = 1
    x.__class__ = b
    print(type(x).__name__, x.b)
for a in (G, J, K, L, M, N, P, R):
    for b in (G, J, K, L, M, N, P, R):
        if a is not b:
            x = a()
            try:
                x.__class__ = b
            except TypeError as e:
                pass
            else:
                print("allowed", a.__name__, b.__name__)
assign(L(), M)
assign(N(), P)
assign(J(), N)


class E0:
    pass


class E1:
    __slots__ = ("__dict__",)


class E2:
    __slots__ = ("__dict__", "__weakref__")


class E3:
    __slots__ = ()


assign(E0(), E1)
assign(E0(), E2)
assign(E3(), E0)


class Mod(types.ModuleType):
    a = 1


m = types.ModuleType("m")
m.__class__ = Mod
print(type(m).__name__, m.a)
m.__class__ = types.ModuleType
print(hasattr(m, "a"))
