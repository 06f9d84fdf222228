# __class__ and __bases__ assignment between builtin layouts (exceptions, ints, tuples, lists,
# modules) and classes: CPython's deallocator and layout checks; deep hierarchies follow new bases.
def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", r)

class E1(Exception): pass
class E2(Exception): pass
class E3(ValueError): pass
e = E1()
def f(): e.__class__ = E2; return type(e).__name__
err(f)
def f(): e.__class__ = E3; return type(e).__name__
err(f)
err(lambda: setattr(E1, "__bases__", (ValueError,)))
print(E1.__mro__)
err(lambda: setattr(E1, "__bases__", (object,)))
class I(int): pass
class J(int): pass
x = I(5)
def f(): x.__class__ = J; return type(x).__name__, x
err(f)
class T(tuple): pass
class U(tuple): pass
def f(): t = T((1,)); t.__class__ = U; return type(t).__name__, t
err(f)
class LL(list): pass
class LM(list): __slots__ = ()
def f(): l = LL([1]); l.__class__ = LM; return type(l).__name__
err(f)
class A: pass
class B(A): pass
err(lambda: setattr(A, "__bases__", (B,)))
err(lambda: setattr(A, "__bases__", (int,)))
err(lambda: setattr(B, "__bases__", (object,)))
print(B.__mro__, A.__subclasses__())
class M(type): pass
class C(metaclass=M): pass
err(lambda: setattr(C, "__bases__", (A,)))
print(C.__mro__)
# deep hierarchy
K = A
for i in range(200):
    K = type("K%d" % i, (K,), {})
class Z: 
    def hello(self): return "Z"
err(lambda: setattr(A, "__bases__", (Z,)))
class A2(Z): pass
class Z2:
    def hello(self): return "Z2"
K = A2
for i in range(200):
    K = type("K%d" % i, (K,), {})
print(K().hello())
class Y(Z2): pass
A2.__bases__ = (Y,)
print(K().hello(), len(K.__mro__))
class Sl: __slots__ = ('a',)
class Sl2: __slots__ = ('a',)
class D(Sl): pass
err(lambda: setattr(D, "__bases__", (Sl2,)))
d = D(); d.a = 3; print(d.a)
import types
class MM(types.ModuleType): pass
m = MM("x"); 
def f(): m.__class__ = types.ModuleType; return type(m).__name__
err(f)
err(lambda: setattr(types.ModuleType("y"), "__class__", A))
class W: __slots__ = ('__weakref__',)
class W2: __slots__ = ()
def f(): w = W(); w.__class__ = W2
err(f)
err(lambda: type.__setattr__(int, "x", 1))
err(lambda: type.__setattr__(A, 1, 1))
err(lambda: type.__delattr__(A, "nope"))
err(lambda: object.__setattr__(A(), "q", 1))
import sys
class G:
    def __sizeof__(self): return 10**30
err(lambda: sys.getsizeof(G()))
