# Class bodies: their own namespace, invisible to methods and (mostly) to comprehensions.

x = "global"
class A:
    x = "class"
    y = x + "-derived"                  # class body sees its own names
    def method(self):
        return x                        # methods skip the class scope
    listcomp = [x for _ in range(1)]    # comprehension body: skips class scope
    first_iter = [c for c in x]         # the first iterable is evaluated in the class scope
    lam = (lambda: x)()
print(A.y, A().method(), A.listcomp, A.first_iter[:3], A.lam)

# Names bound in a class body become attributes; locals() inside it is the namespace.
class B:
    a = 1
    b = a + 1
    del a
    ns_keys = sorted(k for k in locals() if not k.startswith("__"))
print(B.b, hasattr(B, "a"), B.ns_keys)

# A class inside a function sees the function's locals (as free variables).
def f():
    v = "function local"
    class C:
        w = v
        def m(self):
            return v
    return C.w, C().m()
print(f())

# But if the class body assigns the name, the class scope's own binding is used.
def g():
    v = "enclosing"
    class D:
        try:
            print("  in class body before assignment:", v)
        except NameError as e:
            print("  NameError before assignment:", e)
        v = "class attr"
        after = v
    return D.after, D.v
print(g())

# A class body reading a name it assigns later falls back to globals, not the enclosing function.
z = "global z"
def h():
    z = "enclosing z"
    class E:
        seen = z
        z = "class z"
    return E.seen
print(h())

# Nested classes do not see the outer class's attributes.
class Outer:
    secret = "outer attr"
    class Inner:
        try:
            val = secret
        except NameError as e:
            val = f"NameError: {e}"
print(Outer.Inner.val)
print(Outer.Inner.__qualname__, Outer.__qualname__)

def make():
    class Local:
        class Deeper:
            pass
    return Local
print(make().__qualname__, make().Deeper.__qualname__)

# __class__ cell: methods using super() or __class__ see the class being defined.
class WithCell:
    def who(self):
        return __class__.__name__
    def sup(self):
        return super().__repr__()[:10]
class Sub(WithCell):
    pass
print(Sub().who(), Sub().sup())

# Private name mangling inside class bodies.
class Mangle:
    __hidden = "mangled"
    def get(self):
        return self.__hidden
    def names(self):
        return [n for n in dir(self) if "hidden" in n]
print(Mangle().get(), Mangle().names())
try:
    Mangle().__hidden
except AttributeError as e:
    print("AttributeError", e)
class Sub2(Mangle):
    def get2(self):
        return self.__hidden
try:
    Sub2().get2()
except AttributeError as e:
    print("AttributeError", e)
print(getattr(Sub2(), "_Mangle__hidden"))

# The class body runs once, top to bottom, at definition time.
print("before class")
class Runs:
    print("  body runs")
    for i in range(2):
        print("  loop in class body", i)
    total = sum(range(5))
print("after class", Runs.total, Runs.i)
