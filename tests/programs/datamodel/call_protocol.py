# __call__: callable instances, classes as callables, metaclass __call__, and errors.

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(x=2, extra=1))
print(callable(add5), callable(Adder), callable(5), callable(print), callable(lambda: 0))
print(list(map(Adder(10), [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(0)))

# __call__ is looked up on the type.
class Plain:
    pass
p = Plain()
p.__call__ = lambda: "instance attr"
print(callable(p))
try:
    p()
except TypeError as e:
    print("TypeError", e)

# Callables returning callables.
class Curried:
    def __init__(self, f, n, args=()):
        self.f, self.n, self.args = f, n, args
    def __call__(self, arg):
        args = self.args + (arg,)
        if len(args) == self.n:
            return self.f(*args)
        return Curried(self.f, self.n, args)
vol = Curried(lambda a, b, c: a * b * c, 3)
print(vol(2)(3)(4), vol(1)(1)(1))

# A metaclass __call__ controls instance creation.
class Counting(type):
    created = 0
    def __call__(cls, *args, **kw):
        Counting.created += 1
        print(f"  creating {cls.__name__}{args}")
        return super().__call__(*args, **kw)
class Thing(metaclass=Counting):
    def __init__(self, v):
        self.v = v
t1, t2 = Thing(1), Thing(2)
print(t1.v, t2.v, Counting.created)

# __call__ that is itself a callable object (not a function).
class Inner:
    def __call__(self, *a):
        return ("inner", a)
class Outer:
    __call__ = Inner()
print(Outer()(1, 2))

# staticmethod/classmethod as __call__.
class S:
    @staticmethod
    def __call__(x):
        return ("static", x)
class C:
    @classmethod
    def __call__(cls, x):
        return ("class", cls.__name__, x)
print(S()(1), C()(2))

def check(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)

check("5()", lambda: (5)())
check("'s'()", lambda: ("s")())
check("None()", lambda: (None)())
check("[]()", lambda: ([])())
check("Adder(1)()", lambda: Adder(1)())
check("Adder(1)(1, scale=1, scale2=2)", lambda: Adder(1)(1, scale=1, scale2=2))
check("Adder()", lambda: Adder())
check("Adder(1, 2)", lambda: Adder(1, 2))
check("Plain(1)", lambda: Plain(1))
check("object(1)", lambda: object(1))
check("Plain(x=1)", lambda: Plain(x=1))

class NewOnly:
    def __new__(cls, *args):
        return super().__new__(cls)
check("NewOnly(1, 2)", lambda: type(NewOnly(1, 2)).__name__)

class InitReturns:
    def __init__(self):
        return 5
check("InitReturns()", lambda: InitReturns())

class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("  never called")
check("NewReturnsOther()", lambda: NewReturnsOther())

# Bound methods are callables with __self__ and __func__.
class M:
    def meth(self, x):
        return x * 2
m = M()
bm = m.meth
print(bm(21), bm.__self__ is m, bm.__func__ is M.meth, M.meth(m, 4), callable(bm))
