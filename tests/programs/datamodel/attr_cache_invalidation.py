# Attribute loads in a loop see every change to the class or the instance (inline caches must not go stale)
class A:
    def __init__(self):
        self.x = 1

    def m(self):
        return "A.m"


class B:
    def __init__(self):
        self.x = "b"

    def m(self):
        return "B.m"


def read_all(objs):
    return [(o.x, o.m()) for o in objs]


a = A()
print(read_all([a, a, a]))
A.x = property(lambda self: "property")
print(read_all([a, a]))
del A.x
print(read_all([a]))
a.__class__ = B
print(read_all([a, a]))
a.__class__ = A
a.m = lambda: "instance m"
print(read_all([a, a]))
del a.m
print(read_all([a]))
A.m = lambda self: "new A.m"
print(read_all([a, A()]))
a.y = 2
del a.x
try:
    read_all([a])
except AttributeError as e:
    print("AttributeError:", e)
a.x = "back"
print(read_all([a, A()]))


def ga(self, name):
    return "getattribute " + name


A.__getattribute__ = ga
print(A().x, A().y)
del A.__getattribute__
print(read_all([A()]))
vars(a)["x"] = "via __dict__"
print(read_all([a, a]))


class Base:
    def m(self):
        return "Base.m"


class Derived(Base):
    pass


d = Derived()
d.x = 0
for step in range(3):
    if step == 1:
        Derived.m = lambda self: "Derived.m"
    if step == 2:
        Base.x = property(lambda self: "Base property")
    print(step, d.x, d.m())
objs = [A() for _ in range(3)]
objs[1].z = 1
for o in objs:
    print(o.x, o.m())
