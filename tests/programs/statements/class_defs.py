# Class definitions: bases, keywords, decorators, body execution, namespaces and names.

def deco(cls):
    print(f"  decorating {cls.__name__}")
    cls.decorated = True
    return cls

class Base:
    greeting = "hello"
    def greet(self):
        return f"{self.greeting} from {type(self).__name__}"

@deco
class Child(Base):
    """Child docstring."""
    greeting = "hi"

print(Child().greet(), Child.decorated, Child.__doc__, Child.__bases__, Base.__bases__)
print(Child.__name__, Child.__qualname__, Child.__module__, Child.__mro__)

# Bases can be arbitrary expressions.
def pick_base(flag):
    return dict if flag else list
class Dyn(pick_base(True)):
    pass
class Dyn2(*[Base], **{}):
    pass
print(Dyn.__bases__, Dyn(a=1), Dyn2.__bases__)

# Class keywords go to __init_subclass__.
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
class Csv(Plugin, name="comma-separated"):
    pass
class Json(Plugin):
    pass
print(Csv.plugin_name, Json.plugin_name)

# The class body runs top to bottom; later definitions see earlier ones.
class Body:
    a = 1
    b = a + 1
    def method(self):
        return self.b
    alias = method
    values = [a, b]
    del a
print(Body.b, Body().alias(), Body.values, hasattr(Body, "a"))

# Decorators can replace the class.
def replace(cls):
    return "replaced " + cls.__name__
@replace
class Gone:
    pass
print(Gone)

# Multiple decorators apply bottom-up.
def add_attr(name, value):
    def d(cls):
        print(f"  adding {name}")
        setattr(cls, name, value)
        return cls
    return d
@add_attr("x", 1)
@add_attr("y", 2)
class Decorated:
    pass
print(Decorated.x, Decorated.y)

# Nested classes and __qualname__.
class Outer:
    class Middle:
        class Inner:
            pass
print(Outer.Middle.Inner.__qualname__, Outer.Middle.Inner.__name__)

# Classes defined in functions get '<locals>' in their qualname and are distinct each time.
def factory(n):
    class Made:
        value = n
    return Made
A, B = factory(1), factory(2)
print(A.__qualname__, A.value, B.value, A is B)

# Empty classes and classes with only pass or a docstring.
class Empty:
    pass
class OnlyDoc:
    "docstring only"
print(Empty.__doc__, OnlyDoc.__doc__, Empty().__class__ is Empty)

# Instances, class attributes and methods.
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
c1, c2 = Counter(), Counter()
print(c1.id, c2.id, Counter.instances, c1.instances)

# Class scope vs global scope names.
name = "global"
class Scoped:
    name = "class"
    captured = name
    def get(self):
        return name
print(Scoped.captured, Scoped().get())

# Syntax and type errors in class statements.
for src in ["class C(x for x in y): pass", "class C(**a, b): pass", "class (): pass", "class C(a=1, a=2): pass"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
for bases in [(1,), (Base, Base)]:
    try:
        class Bad(*bases):
            pass
    except TypeError as e:
        print("TypeError", e)
