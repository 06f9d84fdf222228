import gc, weakref, functools
def t():
    class A: pass
    r = weakref.ref(A)
    del A
    gc.collect()
    print(r())
t()
class B: pass
r = weakref.ref(B)
del B
gc.collect()
print(r())
def t3():
    A = type('A', (), {})
    r = weakref.ref(A)
    del A
    gc.collect()
    print(r())
t3()
def t3():
    class A:
        @staticmethod
        @functools.lru_cache
        def f(x): return x
    ra = weakref.ref(A)
    r = weakref.ref(A.f)
    del A
    gc.collect()
    print(ra(), r())
t3()
def t4():
    class A:
        @staticmethod
        def f(x): return x
    ra = weakref.ref(A)
    r = weakref.ref(A.f)
    del A
    gc.collect()
    print(ra(), r())
t4()
def t5():
    class A:
        @functools.lru_cache
        def f(x): return x
    ra = weakref.ref(A)
    r = weakref.ref(A.f)
    del A
    gc.collect()
    print(ra(), r())
t5()
