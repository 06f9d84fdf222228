# Descriptors: __get__/__set__/__delete__, data vs non-data priority, class-level access.

class Data:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        print(f"  Data.__get__(obj={type(obj).__name__ if obj is not None else None}, type={objtype.__name__})")
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        print(f"  Data.__set__({value!r})")
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("  Data.__delete__")
        obj.__dict__.pop("_" + self.name, None)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from NonData.__get__"

class K:
    d = Data("d")
    n = NonData()

k = K()
print(k.d)
k.d = 5
print(k.d)
del k.d
print(k.d)
print(type(K.d).__name__)

# A data descriptor wins over the instance dict; a non-data descriptor loses to it.
k.__dict__["d"] = "instance dict value"
print(k.d)
print(k.n)
k.n = "instance shadows non-data"
print(k.n, K.n)
del k.n
print(k.n)

# Only __set__ (no __get__): still a data descriptor; reading returns the descriptor itself.
class SetOnly:
    def __set__(self, obj, value):
        print("  SetOnly.__set__", value)
class J:
    s = SetOnly()
j = J()
j.s = 1
print(type(j.s).__name__)
j.__dict__["s"] = "in dict"
print(j.s)

# Only __delete__: also makes a data descriptor.
class DelOnly:
    def __get__(self, obj, objtype=None):
        return "DelOnly.__get__"
    def __delete__(self, obj):
        print("  DelOnly.__delete__")
class L:
    x = DelOnly()
l = L()
l.__dict__["x"] = "dict"
print(l.x)
del l.x
try:
    l.x = 1
except AttributeError as e:
    print("AttributeError", e)

# Non-data descriptor without __set__: assignment goes to the instance dict.
try:
    del k.nothing
except AttributeError as e:
    print("AttributeError", e)

# __get__ is looked up on the descriptor's type, not the instance.
class Weird:
    pass
w = Weird()
w.__get__ = lambda *a: "never"
class H:
    attr = w
print(H().attr is w)

# Descriptors on the metaclass apply to class attribute access.
class MetaDesc:
    def __get__(self, obj, objtype=None):
        return f"meta-level get for {obj.__name__}"
class Meta(type):
    info = MetaDesc()
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.info)
try:
    WithMeta().info
except AttributeError as e:
    print("AttributeError", e)

# Descriptor exceptions propagate; AttributeError from __get__ may trigger __getattr__.
class Raising:
    def __get__(self, obj, objtype=None):
        raise AttributeError("from descriptor")
class R:
    r = Raising()
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(R().r)
class R2:
    r = Raising()
try:
    R2().r
except AttributeError as e:
    print("AttributeError", e)

# Functions are non-data descriptors producing bound methods.
def free(self, x):
    return (type(self).__name__, x)
class F:
    m = free
print(F().m(1), free.__get__(F())(2), free.__get__(None, F) is free, type(F.__dict__["m"]).__name__)
print(F.m is free, type(F().m).__name__)
