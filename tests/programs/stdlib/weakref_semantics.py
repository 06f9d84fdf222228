import weakref, gc
class A:
    def m(self): return 1
a = A()
cb = lambda r: print("cb", r.__callback__)
r = weakref.ref(a, cb)
print(r.__callback__ is cb)
del a
print(r.__callback__, r())
# cycle death
class N: pass
x = N(); x.self = x
rx = weakref.ref(x, lambda r: print("cycle cb"))
del x
print("collect", gc.collect() > 0)
print("after collect")
wm = weakref.WeakMethod(A().m)
print(wm())
o = A(); wm2 = weakref.WeakMethod(o.m); print(wm2()()); del o; print(wm2())
# callback that resurrects / creates refs
objs = []
class K: pass
k = K()
def cb2(r):
    objs.append(K())
    print("cb2 count", weakref.getweakrefcount(objs[0]))
rk = weakref.ref(k, cb2)
del k
# a ref subclass with callback
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, extra=0):
        super().__init__(ob, callback)
        self.extra = extra
    def __new__(cls, ob, callback=None, extra=0):
        return super().__new__(cls, ob, callback)
k2 = K()
mr = MyRef(k2, lambda r: print("myref cb", r.extra), extra=5)
print(weakref.getweakrefcount(k2), weakref.ref(k2) is not mr)
del k2
# finalize details
def fn(*a, **kw): print("fin", a, kw); return 42
o = K(); f = weakref.finalize(o, fn, 1, b=2)
print(f.peek()[2:], f.alive, f.detach()[2:], f.alive, f())
o2 = K(); f2 = weakref.finalize(o2, fn, 3)
print(f2(), f2(), f2.alive)
d = weakref.WeakValueDictionary({1: K()})
print(len(d), list(d.keys()))
ws = weakref.WeakSet([K(), K()]); print(len(ws))
kd = weakref.WeakKeyDictionary(); kk = K(); kd[kk] = 'v'; print(kd.get(kk), len(kd)); del kk; print(len(kd))
print("end")
