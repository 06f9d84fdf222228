# Metaclasses: __new__ and __init__ of the metaclass, __call__, class keywords, inheritance.

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"  Meta.__new__({mcls.__name__}, {name!r}, {[b.__name__ for b in bases]}, kw={kw})")
        ns["added_by_meta"] = name.upper()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print(f"  Meta.__init__({name!r})")
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print(f"  Meta.__call__({cls.__name__}, {args})")
        inst = super().__call__(*args, **kw)
        inst.created_by = "Meta.__call__"
        return inst
    def meta_method(cls):
        return f"meta_method on {cls.__name__}"

class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v

class Child(Base, extra="kw"):
    pass

print(type(Base).__name__, type(Child).__name__, Base.added_by_meta, Child.added_by_meta)
c = Child(5)
print(c.v, c.created_by, Child.meta_method())
try:
    c.meta_method()
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(Child, Meta), issubclass(Meta, type), type(Meta).__name__)

# A singleton via metaclass __call__.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name):
        print("  Config.__init__", name)
        self.name = name
a, b = Config("first"), Config("second")
print(a is b, a.name)

# A function can act as a metaclass: it just receives (name, bases, namespace).
def func_meta(name, bases, ns):
    print(f"  func_meta({name!r}, keys={sorted(k for k in ns if not k.startswith('__'))})")
    return {"name": name, "attrs": sorted(ns)}
class NotAClass(metaclass=func_meta):
    x = 1
    def f(self):
        pass
print(type(NotAClass).__name__, NotAClass["name"])

# type(name, bases, dict) is the same as a class statement with metaclass type.
Dyn = type("Dyn", (Base,), {"z": 1})
print(type(Dyn).__name__, Dyn.added_by_meta, Dyn.z, Dyn.__mro__[1].__name__)

# Metaclass attributes are visible on classes but not instances; class attrs shadow them.
class M2(type):
    shared = "from metaclass"
    shadowed = "metaclass version"
class K(metaclass=M2):
    shadowed = "class version"
print(K.shared, K.shadowed, hasattr(K(), "shared"))

# Metaclass __repr__ and __len__ and __iter__ apply to the class object.
class Enumish(type):
    def __iter__(cls):
        return iter(sorted(k for k in vars(cls) if k.isupper()))
    def __len__(cls):
        return len(list(iter(cls)))
    def __repr__(cls):
        return f"<enumish {cls.__name__}>"
class Color(metaclass=Enumish):
    RED = 1
    GREEN = 2
    BLUE = 3
print(list(Color), len(Color), Color, [Color])

# Errors from type() calls.
for args in [("X",), ("X", (), {}, 1), (1, (), {}), ("X", 1, {}), ("X", (), 1), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError", e)
print(type(1).__name__, type("X", (), {}).__name__)
