# __prepare__: the metaclass chooses the mapping the class body executes in.

class Recording(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"  __prepare__({name!r}, {[b.__name__ for b in bases]}, kw={kw})")
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        print(f"  __new__ got {type(ns).__name__} with log {ns.log}")
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.definition_order = [k for k in ns.log if not k.startswith("__")]
        return cls

class Ordered(metaclass=Meta, option=1):
    """doc"""
    z = 1
    a = 2
    def m(self):
        pass
    z = 3
print(Ordered.definition_order, Ordered.z, Ordered.__doc__)
print(type(Ordered.__dict__).__name__)

# A namespace that auto-creates values for unknown names (the enum trick).
class AutoNamespace(dict):
    def __init__(self):
        super().__init__()
        self.counter = 0
    def __missing__(self, key):
        if key.startswith("__") or key in ("print",):
            raise KeyError(key)
        self.counter += 1
        self[key] = self.counter
        return self.counter

class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNamespace()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))

class Auto(metaclass=AutoMeta):
    RED
    GREEN
    BLUE
    ALIAS = GREEN
print(Auto.RED, Auto.GREEN, Auto.BLUE, Auto.ALIAS)

# A namespace that rejects duplicate definitions.
class NoDup(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)
class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDup()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
try:
    class Twice(metaclass=StrictMeta):
        def f(self):
            return 1
        def f(self):
            return 2
except TypeError as e:
    print("TypeError", e)

# __prepare__ must return a mapping.
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return [1, 2]
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError", e)

# type.__prepare__ returns a fresh dict and ignores arguments.
ns = type.__prepare__("Anything", (), whatever=1)
print(type(ns).__name__, ns)

# The body's namespace holds __module__ and __qualname__ before anything else.
class Peek(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        print("  first keys:", ns.log[:2], "qualname:", ns["__qualname__"])
        return super().__new__(mcls, name, bases, dict(ns))
class Outer:
    class Inner(metaclass=Peek):
        pass
print(Outer.Inner.__qualname__)

# The metaclass is taken from the bases when not given explicitly.
class Derived(Ordered, option=2):
    late = True
print(Derived.definition_order, type(Derived).__name__)
