# Class patterns: isinstance checks, keyword and positional sub-patterns via __match_args__,
# builtin types matching self, and the errors.

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=z) if z > 0:
            return f"3d above: {x},{y},{z}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0),
          Point3(1, 2, 3), Point3(1, 2, -3), "point", None]:
    print(where(p))

# Builtin types match their own value with one positional sub-pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case complex() as c:
            return f"complex {c}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"binary {bytes(b)!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set() | frozenset():
            return "a set"
        case _:
            return f"other {type(v).__name__}"
for v in [True, -3, 7, 1.5, 2j, "", "s", b"b", bytearray(b"ba"), [9, 8], (1,), {"k": 0}, {1}, frozenset(), None]:
    print(kind(v))

# Keyword sub-patterns use attribute lookup; missing attributes simply fail the match.
class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)
match Obj(a=1):
    case Obj(b=_):
        print("never")
    case Obj(a=1):
        print("matched by attribute a")

# Errors.
class NoArgs:
    pass
class BadArgs:
    __match_args__ = ["x"]
class NonStrArgs:
    __match_args__ = (1,)
    x = 1
def check(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label, "-> TypeError:", e)

def too_many():
    match NoArgs():
        case NoArgs(1):
            pass
def too_many_point():
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
def dup_attr():
    match Point(1, 2):
        case Point(1, x=1):
            pass
def bad_match_args():
    match BadArgs():
        case BadArgs(1):
            pass
def non_str():
    match NonStrArgs():
        case NonStrArgs(1):
            pass
def not_a_class():
    f = len
    match 1:
        case f():
            pass
def builtin_two():
    match 1:
        case int(1, 2):
            pass
check("positional with no __match_args__", too_many)
check("too many positional", too_many_point)
check("duplicate attribute", dup_attr)
check("__match_args__ is a list", bad_match_args)
check("__match_args__ item not str", non_str)
check("not a class", not_a_class)
check("builtin with two positional", builtin_two)
def complex_positional():
    match 1j:
        case complex(c):
            pass
check("complex is not a self-matching type", complex_positional)
