# __del__ runs as soon as the last reference goes away (reference counting), in a defined order.
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"  __del__ {self.name}")

print("del statement:")
a = Noisy("a")
del a
print("rebinding:")
b = Noisy("b1")
b = Noisy("b2")
print("after rebinding")
b = None

print("function locals at return:")
def scope():
    x = Noisy("local x")
    y = Noisy("local y")
    print("  returning")
    return "done"
print(scope())

print("returned object survives:")
def make():
    return Noisy("returned")
r = make()
print("  still alive:", r.name)
del r

print("temporary in an expression:")
print(Noisy("temp").name)
print("after temp")

print("list elements (deleted from the end):")
lst = [Noisy("l0"), Noisy("l1"), Noisy("l2")]
del lst
print("tuple elements:")
tup = (Noisy("t0"), Noisy("t1"))
del tup
print("dict values (in insertion order):")
d = {"k1": Noisy("d1"), "k2": Noisy("d2")}
del d
print("list.clear():")
lst = [Noisy("c0"), Noisy("c1")]
lst.clear()
print("list item replaced:")
lst = [Noisy("old")]
lst[0] = Noisy("new")
lst.pop()
print("attribute replaced:")
class Holder:
    pass
h = Holder()
h.attr = Noisy("attr1")
h.attr = Noisy("attr2")
del h.attr
print("nested ownership:")
class Owner(Noisy):
    def __init__(self, name, child):
        super().__init__(name)
        self.child = child
o = Owner("outer", Noisy("inner"))
del o

print("exception in __del__ is ignored (message goes to stderr):")
class Angry:
    def __del__(self):
        raise ValueError("ignored")
an = Angry()
del an
print("  execution continues")

print("resurrection:")
saved = []
class Phoenix:
    def __del__(self):
        print("  Phoenix.__del__ saving self")
        saved.append(self)
p = Phoenix()
del p
print("  saved:", len(saved))
saved.clear()
print("  cleared (no second __del__)")

print("reference cycles need the collector:")
finalized = []
class Cyclic:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        finalized.append(self.name)
c1, c2 = Cyclic("cycle1"), Cyclic("cycle2")
c1.other, c2.other = c2, c1
del c1, c2
print("  after del, before collect:", finalized)
gc.collect()
print("  after collect:", sorted(finalized))

print("generator frame locals:")
def gen():
    g = Noisy("in generator")
    yield 1
    yield 2
it = gen()
next(it)
del it
print("end of program")
