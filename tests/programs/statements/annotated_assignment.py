# Annotated assignments: __annotations__ at module and class level, and what is evaluated.

x: int = 5
y: "a string annotation"
z: list[int] = [1, 2]
print(x, z, "y" in globals())
print(__annotations__)

class Point:
    x: int
    y: int = 0
    label: str = "origin"
    count = 0
print(Point.__annotations__, Point.y, hasattr(Point, "x"), Point.count)

# Annotations are evaluated at definition time in modules and classes.
def note(label):
    print("  evaluating annotation", label)
    return label
a: note("module-level") = 1
class C:
    b: note("class-level")

# Inside functions annotations of local variables are not evaluated or stored.
def func():
    local: note("never evaluated") = 3
    other: undefined_name
    return local
print(func(), func.__annotations__)

# Function annotations are stored on the function.
def annotated(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> None:
    pass
print(annotated.__annotations__)

# Annotating complex targets: attributes and subscripts are evaluated but not stored.
class Obj:
    pass
o = Obj()
o.attr: int = 10
d = {}
d["key"]: str = "value"
print(o.attr, d, "attr" in __annotations__)

# Parenthesised simple names are treated like complex targets (not stored).
(paren): int = 7
print(paren, "paren" in __annotations__)

# An annotation without a value on an attribute still evaluates the object.
try:
    missing.attr: int
except NameError as e:
    print("NameError", e)

# The same name can be annotated twice; the last one wins.
twice: int = 1
twice: str = "two"
print(__annotations__["twice"], twice)

# __annotations__ keeps insertion order.
print(list(__annotations__))

# Syntax errors.
for src in ["a, b: int = 1, 2", "(a, b): int", "[a]: int = [1]", "x: int += 1",
            "def f():\n    global g\n    g: int = 1", "lambda: (x: int)", "*a: int = 1"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

# A class with annotations but no values: instances need them set explicitly.
class Record:
    name: str
    age: int
    def __init__(self, name, age):
        self.name, self.age = name, age
r = Record("ann", 3)
print(vars(r), Record.__annotations__)
try:
    Record.name
except AttributeError as e:
    print("AttributeError", e)
