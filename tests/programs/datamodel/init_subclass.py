# __init_subclass__: a hook on the parent, called for each new subclass with class keywords.

class Registry:
    registered = []
    def __init_subclass__(cls, /, prefix="", **kwargs):
        print(f"  Registry.__init_subclass__({cls.__name__}, prefix={prefix!r}, kwargs={kwargs})")
        super().__init_subclass__(**kwargs)
        cls.tag = prefix + cls.__name__.lower()
        Registry.registered.append(cls.__name__)

class Alpha(Registry):
    pass
class Beta(Registry, prefix="b_"):
    pass
class Gamma(Beta, prefix="g_"):
    pass
print(Registry.registered, Alpha.tag, Beta.tag, Gamma.tag)
print(hasattr(Registry, "tag"))

# It is implicitly a classmethod.
print(type(Registry.__dict__["__init_subclass__"]).__name__)

# Unknown keywords reach object.__init_subclass__, which rejects them.
try:
    class Delta(Registry, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print("TypeError", e)

# Cooperative chaining through multiple bases.
class A:
    def __init_subclass__(cls, **kw):
        print(f"  A hook for {cls.__name__}, kw={kw}")
        super().__init_subclass__(**kw)
class B:
    def __init_subclass__(cls, **kw):
        print(f"  B hook for {cls.__name__}, kw={kw}")
        super().__init_subclass__(**kw)
class AB(A, B):
    pass
class ABC(AB):
    pass

# A hook that enforces an interface.
class Plugin:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if "run" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define run()")
class Good(Plugin):
    def run(self):
        return "running"
print(Good().run())
try:
    class BadPlugin(Plugin):
        pass
except TypeError as e:
    print("TypeError", e)
print("BadPlugin" in globals())

# The hook sees the finished class, after __set_name__ has been called.
class Desc:
    def __set_name__(self, owner, name):
        print(f"  __set_name__ {name}")
class Watcher:
    def __init_subclass__(cls):
        print(f"  __init_subclass__ sees attrs {[k for k in vars(cls) if not k.startswith('__')]}")
class Watched(Watcher):
    d = Desc()
    e = 1

# Keywords go to the metaclass too, which must accept them.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"  Meta.__new__({name}, kw={kw})")
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print(f"  Base.__init_subclass__({cls.__name__}, kw={kw})")
class Child(Base, color="red"):
    pass

# type() with keywords.
T = type("T", (Registry,), {}, prefix="t_")
print(T.tag)
