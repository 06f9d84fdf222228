# __getattr__ is a fallback for missing attributes; __getattribute__ intercepts every lookup.

class Fallback:
    cls_attr = "class attribute"
    def __init__(self):
        self.real = "real attribute"
    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")

f = Fallback()
print(f.real, f.cls_attr, f.dyn_hello)
print(getattr(f, "dyn_x"), getattr(f, "missing", "default"), hasattr(f, "missing"), hasattr(f, "dyn_y"))
try:
    f.missing
except AttributeError as e:
    print("AttributeError", e)

class Intercept:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print(f"  __getattribute__({name!r})")
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        return f"fallback:{name}"
    def method(self):
        return "method result"

i = Intercept()
print(i.x)
print(i.secret)
print(i.nothing)
print(i.method())
print(type(i).__name__)     # type() does not go through __getattribute__

# An AttributeError raised inside a property falls back to __getattr__.
class PropertyFallback:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"__getattr__ got {name}"
print(PropertyFallback().broken)

# Special methods bypass __getattribute__ when called implicitly.
class Sneaky:
    def __getattribute__(self, name):
        print(f"  __getattribute__({name!r})")
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
s = Sneaky()
print(len(s))
print(s.__len__())

# Default messages.
class Plain:
    __slots__ = ()
class WithDict:
    pass
for label, fn in [("Plain().x", lambda: Plain().x), ("WithDict().y", lambda: WithDict().y),
                  ("WithDict.z", lambda: WithDict.z), ("(1).foo", lambda: (1).foo),
                  ("'s'.foo", lambda: "s".foo), ("None.foo", lambda: None.foo),
                  ("[].foo", lambda: [].foo), ("int.foo", lambda: int.foo),
                  ("object().__dict__", lambda: object().__dict__),
                  ("type.foo", lambda: type.foo), ("print.foo", lambda: print.foo)]:
    try:
        fn()
    except AttributeError as e:
        print(label, "AttributeError:", e, "| name:", e.name, "| obj ok:", e.obj is not None)

# getattr() argument checks.
for args in [(1,), (1, 2, 3, 4), (1, 2)]:
    try:
        getattr(*args)
    except TypeError as e:
        print("TypeError", e)

# A recursive __getattr__ guarded against missing state.
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
px = Proxy([3, 1, 2])
px.sort()
print(px._target, px.count(1), px.__class__.__name__)
try:
    px.nonexistent
except AttributeError as e:
    print("AttributeError", e)

# __getattr__ can return anything, even for dunder names looked up explicitly.
class Anything:
    def __getattr__(self, name):
        return name
a = Anything()
print(a.foo, a.__foo__, getattr(a, "x y"), a.__class__.__name__)
try:
    len(a)
except TypeError as e:
    print("TypeError", e)
