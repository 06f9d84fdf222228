# Function definitions: decorators (order, arguments, arbitrary expressions), docstrings,
# annotations, nested and recursive definitions, and function attributes.

def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"  calling {fn.__name__}{args}")
        return fn(*args, **kwargs)
    wrapper.__name__ = "traced_" + fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

def tag(label):
    print(f"  tag({label!r}) evaluated")
    def decorate(fn):
        print(f"  applying tag {label!r} to {fn.__name__}")
        fn.tags = getattr(fn, "tags", []) + [label]
        return fn
    return decorate

print("defining")
@trace
@tag("outer")
@tag("inner")
def add(a, b):
    """Add two numbers."""
    return a + b
print("defined")
print(add(2, 3), add.__name__, add.__wrapped__.tags, add.__wrapped__.__doc__)

# Arbitrary expressions as decorators (PEP 614).
decorators = {"twice": lambda f: lambda *a: f(*a) * 2}
@decorators["twice"]
def three():
    return 3
class Registry:
    items = []
    @classmethod
    def register(cls, fn):
        cls.items.append(fn.__name__)
        return fn
@Registry.register
def plugin_a():
    pass
@(lambda f: f)
def identity_decorated():
    return "ok"
@Registry.register if True else None
def plugin_b():
    pass
print(three(), Registry.items, identity_decorated())

# A decorator can return something that is not a function.
@lambda f: f.__name__.upper()
def shout():
    pass
print(shout, type(shout).__name__)

# Function attributes.
def documented(x: int, y: str = "d") -> bool:
    """First line.

    More text."""
    return True
print(documented.__name__, documented.__qualname__, documented.__module__)
print(repr(documented.__doc__), documented.__annotations__, documented.__defaults__)
print(documented.__code__.co_argcount, documented.__code__.co_varnames, documented.__code__.co_name)
def no_doc():
    x = "not a docstring"
print(no_doc.__doc__, no_doc(), type(no_doc()).__name__)

# Nested functions and qualified names.
def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
print(outer().__qualname__, outer()().__qualname__)
class K:
    def method(self):
        def helper():
            pass
        return helper
print(K.method.__qualname__, K().method().__qualname__)

# Redefinition replaces the binding; the function object is created at def time.
def version():
    return 1
v1 = version
def version():
    return 2
print(v1(), version(), v1 is version)

# Conditional definitions.
if True:
    def cond():
        return "first branch"
else:
    def cond():
        return "second branch"
print(cond())

# Recursion and mutual recursion.
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

# Functions without return give None; return with no value too.
def nothing():
    pass
def bare_return():
    return
print(nothing(), bare_return())

# A function's __dict__ and equality.
def f():
    pass
f.counter = 0
f.counter += 1
print(f.__dict__, f == f, f != (lambda: None))

# Syntax errors in def statements.
for src in ["def f(a, a): pass", "def f(): return\nyield", "def (): pass", "def f(x=1, y): pass",
            "def f() -> : pass", "def f(*, *): pass", "@\ndef f(): pass", "def f(a b): pass"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
