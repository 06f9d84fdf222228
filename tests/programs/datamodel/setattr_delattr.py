# __setattr__ and __delattr__ intercept every assignment and deletion of attributes.

class Audited:
    def __init__(self):
        self.a = 1              # goes through __setattr__ too
    def __setattr__(self, name, value):
        print(f"  set {name} = {value!r}")
        if name.startswith("ro_"):
            raise AttributeError(f"{name} is read-only")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print(f"  del {name}")
        if name == "a":
            raise AttributeError("cannot delete a")
        object.__delattr__(self, name)

o = Audited()
o.b = 2
setattr(o, "c", 3)
o.b += 10
print(sorted(vars(o).items()))
try:
    o.ro_x = 1
except AttributeError as e:
    print("AttributeError", e)
del o.b
delattr(o, "c")
try:
    del o.a
except AttributeError as e:
    print("AttributeError", e)
try:
    del o.never_set
except AttributeError as e:
    print("AttributeError", e)
print(sorted(vars(o).items()))

# Writing to __dict__ directly bypasses __setattr__.
o.__dict__["direct"] = "bypass"
print(o.direct)

# An immutable record: frozen after __init__.
class Frozen:
    __slots__ = ("x", "y", "_frozen")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
        object.__setattr__(self, "_frozen", True)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")
    def __repr__(self):
        return f"Frozen({self.x}, {self.y})"
fz = Frozen(1, 2)
for stmt in ["fz.x = 5", "del fz.y", "fz.z = 0"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "->", e)
print(fz)

# Default errors when assigning to builtins and types.
def check(label, stmt):
    try:
        exec(stmt)
        print(label, "-> ok")
    except (AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

check("(1).x = 1", "(1).x = 1")
check("'s'.upper = None", "'s'.upper = None")
check("[].append = 1", "[].append = 1")
check("object().x = 1", "object().x = 1")
check("int.x = 1", "int.x = 1")
check("del int.real", "del int.real")
check("list.append = 1", "list.append = 1")
check("setattr(o, 1, 2)", "setattr(o, 1, 2)")
check("delattr(o, 1)", "delattr(o, 1)")
check("del (1).real", "del (1).real")
check("(1).real = 5", "(1).real = 5")
check("(1+2j).imag = 0", "(1+2j).imag = 0")
check("None.x = 1", "None.x = 1")

def func():
    pass
func.custom = "functions accept attributes"
print(func.custom, sorted(func.__dict__))
check("del func.__name__", "del func.__name__")
check("func.__name__ = 5", "func.__name__ = 5")
func.__name__ = "renamed"
print(func.__name__, func.__qualname__)

# Class attribute assignment through the class, and __setattr__ on a metaclass.
class Meta(type):
    def __setattr__(cls, name, value):
        print(f"  Meta.__setattr__({cls.__name__}, {name!r})")
        super().__setattr__(name, value)
class K(metaclass=Meta):
    pass
K.attr = 10
print(K.attr, K().attr)
del K.attr
print(hasattr(K, "attr"))

# Instance attributes shadow class attributes; deleting reveals the class one again.
class Shadow:
    v = "class"
sh = Shadow()
sh.v = "instance"
print(sh.v, Shadow.v)
del sh.v
print(sh.v)
try:
    del sh.v
except AttributeError as e:
    print("AttributeError", e)
