# modules are objects: type(sys), attributes, creating modules with type(sys)(name), __dict__
import sys
import math

ModuleType = type(sys)
print(ModuleType.__name__, type(math) is ModuleType, isinstance(sys, ModuleType), sys.__name__, math.__name__)
print(type(sys.__dict__).__name__, sys.__dict__ is vars(sys), "path" in vars(sys), math.__dict__["pi"] == math.pi)
print(__name__, type(sys.modules[__name__]).__name__, sys.modules[__name__].__name__, "__main__" in sys.modules)
me = sys.modules[__name__]
me.added_dynamically = "yes"
print(added_dynamically)  # noqa: F821
m = ModuleType("fresh")
print(m.__name__, m.__doc__, sorted(vars(m)), repr(m))
m2 = ModuleType("documented", "the doc")
print(m2.__doc__, m2.__spec__, m2.__loader__, m2.__package__)
m.value = 10
m.func = lambda: m.value * 2
print(m.value, m.func(), sorted(k for k in vars(m) if not k.startswith("__")))
del m.value
try:
    m.value
except AttributeError as e:
    print(type(e).__name__, e)
try:
    math.no_such_function
except AttributeError as e:
    print(type(e).__name__, e)
try:
    ModuleType()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ModuleType(5)
except TypeError as e:
    print(type(e).__name__, e)
m.__getattr__ = lambda name: "module __getattr__ for " + name
print(m.anything, getattr(m, "other"))
m.__dir__ = lambda: ["b", "a"]
print(dir(m))
print(ModuleType.__name__, ModuleType.__module__, repr(sys).startswith("<module 'sys'"), repr(math).startswith("<module 'math'"))
sys.modules["fresh"] = m
import fresh  # noqa: E402

print(fresh is m, fresh.func.__class__.__name__)
del sys.modules["fresh"]


class ModSub(ModuleType):
    def __repr__(self):
        return "<ModSub %s>" % self.__name__

    @property
    def computed(self):
        return "property on module subclass"


ms = ModSub("sub")
print(ms, ms.computed, isinstance(ms, ModuleType))
me.__class__ = ModSub
print(repr(me), me.computed)
print(sorted(k for k in ("__name__", "__doc__", "__package__", "__loader__", "__spec__") if k in vars(m)))
print(hasattr(math, "__file__") or True, sys.__doc__ is not None, math.__doc__ is not None)
nm = ModuleType("no_name")
del nm.__name__
try:
    nm.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(nm).startswith("<module "))
