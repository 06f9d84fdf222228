# Positional-only (/) and keyword-only (*) parameters, with **kwargs catching same names.

def pos_only(a, b, /):
    return a, b
def kw_only(*, a, b=2):
    return a, b
def mixed(p, /, n, *, k):
    return p, n, k
def with_kwargs(a, /, **kw):
    return a, kw

print(pos_only(1, 2), kw_only(a=1), kw_only(b=3, a=4))
print(mixed(1, 2, k=3), mixed(1, n=2, k=3))
print(with_kwargs(1, a=2, b=3))          # 'a' goes to **kw since the parameter is positional-only

for label, fn in [
    ("pos_only(a=1, b=2)", lambda: pos_only(a=1, b=2)),
    ("pos_only(1, b=2)", lambda: pos_only(1, b=2)),
    ("kw_only(1)", lambda: kw_only(1)),
    ("kw_only(1, a=2)", lambda: kw_only(1, a=2)),
    ("mixed(p=1, n=2, k=3)", lambda: mixed(p=1, n=2, k=3)),
    ("mixed(1, 2, 3)", lambda: mixed(1, 2, 3)),
]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

# Defaults with positional-only parameters.
def rng(start, stop=None, step=1, /):
    if stop is None:
        start, stop = 0, start
    return list(range(start, stop, step))
print(rng(3), rng(1, 4), rng(0, 10, 3))

# *args followed by keyword-only parameters.
def collect(*items, sep=", ", end=""):
    return sep.join(map(str, items)) + end
print(collect(1, 2, 3), collect("a", "b", sep="-", end="!"), collect())

# Code object counts.
def sig(a, b, /, c, d=1, *args, e, f=2, **kw):
    pass
co = sig.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames[:8])
print(sig.__defaults__, sig.__kwdefaults__)

# Lambdas support the same markers.
lam = lambda x, /, y, *, z: (x, y, z)
print(lam(1, 2, z=3), lam(1, y=2, z=3))

# Methods: self is an ordinary positional parameter, can be positional-only too.
class K:
    def method(self, /, x, *, y=0):
        return (x, y)
    @classmethod
    def cm(cls, *, name):
        return (cls.__name__, name)
    @staticmethod
    def sm(a, /):
        return a
print(K().method(1, y=2), K().method(x=5), K.cm(name="n"), K.sm(9))
try:
    K().method(self=None, x=1)
except TypeError as e:
    print("TypeError", e)

# Keyword arguments with names of positional-only parameters end up in **kwargs.
def f(x, /, **kwargs):
    return x, kwargs
print(f(1, x=2), f(**{"x": 5}) if False else f(0, **{"x": 5}))

# Syntax errors.
for src in ["def f(/, a): pass", "def f(a, /, /): pass", "def f(*, /, a): pass", "def f(*): pass",
            "def f(*, **kw): pass", "def f(a, *, a): pass", "def f(**kw, a): pass",
            "def f(*a, *b): pass", "def f(a, /): pass", "lambda *: 0", "def f(*, a): pass"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

# Builtins with positional-only parameters reject keywords.
for label, fn in [("len(obj=1)", lambda: len(obj=1)), ("pow(base=2, exp=3)", lambda: pow(base=2, exp=3)),
                  ("divmod(a=1, b=2)", lambda: divmod(a=1, b=2)), ("'x'.join(iterable=[])", lambda: "x".join(iterable=[]))]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)
