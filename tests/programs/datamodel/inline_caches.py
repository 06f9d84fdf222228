# Attribute stores and method loads through inline caches, with everything that must invalidate them.
class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

def setx(o, v):
    o.x = v          # one StoreAttr site, many shapes

def getx(o):
    return o.x

ps = [P(i) for i in range(5)]
for p in ps:
    setx(p, p.x + 10)
print([getx(p) for p in ps])

# A data descriptor appears on the class after the site was cached.
def prop_set(self, v):
    print("setter", v)
    self.__dict__["x"] = v * 100
P.x = property(lambda self: self.__dict__["x"], prop_set)
setx(ps[0], 3)
print(getx(ps[0]))
del P.x
setx(ps[1], 4)
print(getx(ps[1]), ps[1].__dict__)

# __setattr__ appears later.
class Q:
    pass
def setq(o, v):
    o.a = v
q = Q()
setq(q, 1)
setq(q, 2)
def logging_setattr(self, n, v):
    print("setattr", n, v)
    object.__setattr__(self, n, v)
Q.__setattr__ = logging_setattr
setq(q, 3)
print(q.a)
del Q.__setattr__
setq(q, 4)
print(q.a)

# New attributes move instances through maps; the same site adds to different shapes.
class R:
    pass
def add(o, v):
    o.z = v
r1, r2 = R(), R()
r2.w = 0
add(r1, 1)
add(r2, 2)
add(R(), 3)
print(vars(r1), vars(r2))
# Many attributes: out of inline room.
big = R()
for i in range(100):
    setattr(big, "a%d" % i, i)
add(big, 5)
print(big.z, len(vars(big)))
# Deleting and re-adding.
r3 = R()
add(r3, 1)
del r3.z
add(r3, 2)
print(vars(r3))

# __class__ assignment between the cached store and the next one.
class S1:
    pass
class S2:
    @property
    def z(self):
        return "S2.z"
    @z.setter
    def z(self, v):
        print("S2 setter", v)
s = S1()
add(s, 1)
add(s, 2)
s.__class__ = S2
add(s, 3)
print(s.z)

# __slots__ members are data descriptors.
class T:
    __slots__ = ("z",)
t = T()
add(t, 7)
print(t.z)
try:
    t.q = 1
except AttributeError as e:
    print("AttributeError", e)

# Method loads on builtin receivers, including a subclass that shadows and a method replaced later.
def app(l, v):
    l.append(v)
    return l
class L(list):
    pass
l = L()
l.append = lambda v: print("shadowed", v)
print(app([], 1), app(L(), 2), app(l, 3))
class D(dict):
    def get(self, k, default=None):
        return ("D.get", k)
def g(d):
    return d.get("k")
print(g({}), g({"k": 1}), g(D()), g({"k": 2}))
D.get = lambda self, k: "patched"
print(g(D()), g({"k": 3}))
def up(s):
    return s.upper()
print(up("ab"), up(b"cd"), up("ef"))
