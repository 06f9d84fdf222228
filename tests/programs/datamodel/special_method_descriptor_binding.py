def booh(self):
    raise AttributeError("booh")

class E:
    __eq__ = property(booh)
print(E() == E())
e = E()
print(e == e, e != e)

class I:
    __init__ = property(booh)
try:
    I()
except AttributeError as x:
    print("init", x)

class L:
    __len__ = property(lambda self: lambda: 3)
    __getitem__ = staticmethod(lambda k: k * 2)
    __iter__ = property(lambda self: lambda: iter([1, 2]))
print(len(L()), L()[4], list(L()))

class C:
    def __init__(self, x):
        self.x = x
    __call__ = property(lambda self: lambda y: self.x + y)
    __add__ = property(lambda self: lambda o: ("add", self.x, o))
    __bool__ = property(lambda self: lambda: False)
print(C(1)(2), C(1) + 5, bool(C(1)))

class B:
    __add__ = property(booh)
try:
    B() + 1
except AttributeError as x:
    print("add", x)

class J:
    __init__ = staticmethod(lambda *a: print("static init", len(a)))
J(1, 2)
class K:
    __init__ = classmethod(lambda cls, a: print("cls init", cls.__name__, a))
K(5)
class M:
    __lt__ = property(booh)
try:
    M() < M()
except TypeError as x:
    print(x)
class G:
    __getattr__ = property(lambda self: lambda name: "got " + name)
    __setattr__ = property(lambda self: lambda n, v: print("set", n, v))
print(G().zz)
G().q = 1
