import atexit, sys, weakref
def f(*a, **k): print("f", a, k)
def bad(): raise ValueError("boom")
n = atexit._ncallbacks()
atexit.register(f, 1, x=2)
atexit.register(bad)
atexit.register(print, "last registered runs first")
def g(): print("g")
print(atexit.register(g) is g)
atexit.unregister(g)
print(atexit._ncallbacks() - n)
try:
    atexit.register(1)
except TypeError as e:
    print(e)
class A: pass
a = A()
fin = weakref.finalize(a, print, "finalized")
del a
print(fin.alive)
b = A()
weakref.finalize(b, print, "finalize at exit")
sys.stdout.flush()
sys.exit(3)
