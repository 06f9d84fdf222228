# Weak references in garbage cycles: a reference that is itself garbage (held in the cycle through
# its callback) is cleared without calling its callback; a reachable reference to a collected
# object has its callback called by gc.collect().
import gc
import weakref

alist = []


class C(object):
    def __init__(self, value):
        self.attribute = value

    def acallback(self, ignore):
        alist.append(self.c)


c1, c2 = C(1), C(2)
c1.c = c2
c2.c = c1
c1.wr = weakref.ref(c2, c1.acallback)
c2.wr = weakref.ref(c1, c2.acallback)


def C_went_away(ignore):
    alist.append("C went away")


wr = weakref.ref(C, C_went_away)
del c1, c2, C
print(alist)
gc.collect()
print(alist, wr())
del alist[:]
gc.collect()
print(alist)


def safe_callback(ignore):
    alist.append("safe_callback called")


class D(object):
    def cb(self, ignore):
        alist.append("cb called")


c, d = D(), D()
c.other = d
d.other = c
callback = c.cb
c.wr = weakref.ref(d, callback)
d.wr = weakref.ref(callback, d.cb)
external_wr = weakref.ref(callback, safe_callback)
print(external_wr() is callback)
del callback, c, d, D
gc.collect()
print(alist, external_wr())


# A reference whose callback is the only path back to its referent's cycle.
class E:
    pass


e = E()
e.self = e
e.ref = weakref.ref(e, lambda r, e=e: alist.append("never"))
probe = weakref.ref(e)
del e
gc.collect()
print(probe(), alist)

# A proxy held the same way.
class F:
    pass


f = F()
f.self = f
f.proxy = weakref.proxy(f, lambda p, f=f: alist.append("never either"))
probe = weakref.ref(f)
del f
gc.collect()
print(probe(), alist)
