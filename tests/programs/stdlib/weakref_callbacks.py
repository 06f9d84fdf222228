import weakref, sys
class A: pass
a = A()
r1 = weakref.ref(a, lambda r: print('cb1', r() is None))
r2 = weakref.ref(a, lambda r: print('cb2'))
r0 = weakref.ref(a)
print(r0 is weakref.ref(a), r1 is r2)
p = weakref.proxy(a)
print(weakref.getweakrefs(a) == [r0, p, r2, r1], weakref.getweakrefcount(a))
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
del a
print('after del')
def bad(r):
    raise ValueError("in callback")
b = A()
rb = weakref.ref(b, bad)
del b
print("swallowed")
d = weakref.WeakValueDictionary()
x = A(); d['k'] = x; print(len(d), d['k'] is x); del x; print(len(d), 'k' in d)
ks = weakref.WeakKeyDictionary(); y = A(); ks[y] = 1; print(len(ks)); del y; print(len(ks))
s = weakref.WeakSet(); z = A(); s.add(z); print(len(s)); del z; print(len(s))
f = A(); fin = weakref.finalize(f, print, "finalized"); print(fin.alive); del f; print(fin.alive)
dead = A(); rr = weakref.ref(dead, lambda r: print('dead cb', r() is None)); del dead
c = A(); rc = weakref.ref(c, lambda r: print("not called")); del rc; del c
print("end")
import copy
print(copy.deepcopy([1, {2: (3, [4])}]), copy.copy({1: 2}))
