# type(name, bases, dict) creates classes dynamically; type(obj) returns the class

print(type(1), type("s"), type(None), type(type), type(object), type(int), type(len), type([].append).__name__)


def method(self):
    return "method of " + type(self).__name__


Dyn = type("Dyn", (), {"x": 1, "method": method, "__doc__": "dynamic class"})
d = Dyn()
print(Dyn, Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn.__bases__, Dyn.__doc__, d.x, d.method())
Child = type("Child", (Dyn,), {"y": 2})
c = Child()
print(Child.__mro__, c.x, c.y, c.method(), isinstance(c, Dyn), issubclass(Child, Dyn))
Multi = type("Multi", (Child, object), {})
print([k.__name__ for k in Multi.__mro__])
Empty = type("Empty", (), {})
print(Empty.__bases__, sorted(k for k in vars(Empty)), Empty().__class__ is Empty)
WithSlots = type("WithSlots", (), {"__slots__": ("a",)})
w = WithSlots()
w.a = 5
print(w.a, hasattr(w, "__dict__"))
Q = type("Outer.Inner", (), {"__qualname__": "Outer.Inner", "__module__": "fake.module"})
print(Q.__name__, Q.__qualname__, Q.__module__, repr(Q))
errors = [
    lambda: type("X", 1, {}),
    lambda: type("X", (), 1),
    lambda: type(1, (), {}),
    lambda: type("X", (1,), {}),
    lambda: type("X", (bool,), {}),
    lambda: type("X", ()),
    lambda: type(),
    lambda: type("X", (int, str), {}),
    lambda: type("X", (), {"__slots__": 1}),
    lambda: type("X", (), {"__qualname__": 5}),
]
for fn in errors:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        ns["created_by"] = mcls.__name__
        ns["kwargs"] = kwargs
        return super().__new__(mcls, name, bases, ns)


M = Meta("M", (), {})
print(type(M).__name__, M.created_by, M.kwargs, type(M()).__name__)


class Kw(metaclass=Meta, flag=True):
    pass


print(Kw.kwargs, Kw.created_by, type(Kw) is Meta, isinstance(Kw, type))
Sub = type("Sub", (Kw,), {})
print(type(Sub).__name__, Sub.created_by, Sub.kwargs)
print(type(type("A", (), {})()).__name__, type.__name__, type.__mro__, type(type(type)).__name__)
Counter = type("Counter", (), {"count": 0, "inc": lambda self: setattr(self, "count", self.count + 1) or self.count})
ctr = Counter()
print(ctr.inc(), ctr.inc(), Counter.count, ctr.count)
print(type("S", (str,), {"shout": lambda self: self.upper() + "!"})("hey").shout())
