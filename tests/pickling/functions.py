# Functions: module-level ones by reference (as CPython pickles them), lambdas, nested functions and
# closures by value, with their defaults, keyword defaults, attributes and cells.
import pickle
import sys


def top(x):
    return x + 1


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(top, proto)) is top
print("module-level functions by reference")


def make(k):
    def add(y, *, scale=2):
        "Adds k."
        return (y + k) * scale

    add.tag = "tagged"
    return add


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    f = pickle.loads(pickle.dumps(make(5), proto))
    print(proto, f(1), f(1, scale=3), f.__name__, f.__qualname__, f.__doc__, f.tag, f.__module__)

lam = pickle.loads(pickle.dumps(lambda a, b=10: a * b))
print(lam(3), lam(3, 4), lam.__defaults__)
print(pickle.loads(pickle.dumps(lambda: sys.version_info[0]))())


def recursive():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)

    return fact


fact = pickle.loads(pickle.dumps(recursive()))
print(fact(10), fact.__closure__[0].cell_contents is fact)


def shared():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


inc, get = pickle.loads(pickle.dumps(shared()))
inc()
inc()
print(get(), inc.__closure__[0] is get.__closure__[0])

# Annotations survive; an empty cell pickles empty.
def annotated(a: int) -> str:
    return str(a)


def local_annotated():
    def f(a: int, b: "x" = 1) -> None:
        pass

    return f


print(pickle.loads(pickle.dumps(local_annotated())).__annotations__)


def empty_cell():
    if False:
        v = 1

    def f():
        return v

    return f


ec = pickle.loads(pickle.dumps(empty_cell()))
try:
    ec()
except NameError as e:
    print(type(e).__name__, e)

# Cells and code objects on their own.
c = pickle.loads(pickle.dumps(make(1).__closure__[0]))
print(type(c).__name__, c.cell_contents)
code = pickle.loads(pickle.dumps(top.__code__))
print(code.co_name, code.co_varnames, code.co_firstlineno == top.__code__.co_firstlineno)
print(eval(pickle.loads(pickle.dumps(compile("6 * 7", "<s>", "eval")))))

# Bound methods, modules, dict views.
class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


m = pickle.loads(pickle.dumps(Point(3).get))
print(m())
print(pickle.loads(pickle.dumps(sys)) is sys, pickle.loads(pickle.dumps(pickle)) is pickle)
d = {"a": 1, "b": 2}
for view in (d.keys(), d.values(), d.items()):
    v2 = pickle.loads(pickle.dumps(view))
    print(type(v2).__name__, list(v2))
