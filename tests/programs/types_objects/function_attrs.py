# function object attributes: names, defaults, kwdefaults, code, annotations, doc, dict


def f(a, b=2, *args, c, d=4, **kw) -> str:
    """Docstring of f."""
    local = a + b
    return str(local)


print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__annotations__, f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames, f.__code__.co_posonlyargcount, f.__code__.co_nlocals, type(f.__code__).__name__)
print(f.__closure__, sorted(f.__globals__) == sorted(globals()), f.__globals__ is globals(), f.__dict__)
f.custom = "attr"
f.__dict__["other"] = 1
print(f.custom, sorted(f.__dict__), vars(f) is f.__dict__)
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30, "d": 40}
print(f(1), f(1, c=0), f.__defaults__)
f.__defaults__ = None
try:
    f(1, c=1)
except TypeError as e:
    print(type(e).__name__, e)
f.__name__ = "renamed"
f.__qualname__ = "Some.renamed"
f.__doc__ = None
print(f.__name__, f.__qualname__, f.__doc__, f.__code__.co_name, repr(f).startswith("<function Some.renamed at"))
for attr, value in [("__name__", 5), ("__qualname__", None), ("__defaults__", [1]), ("__kwdefaults__", 5), ("__code__", 1), ("__dict__", 1)]:
    try:
        setattr(f, attr, value)
    except TypeError as e:
        print(attr, type(e).__name__, e)


def g(x, /, y, *, z):
    pass


print(g.__code__.co_posonlyargcount, g.__code__.co_argcount, g.__code__.co_kwonlyargcount, g.__code__.co_varnames)
print(g.__defaults__, g.__kwdefaults__, g.__annotations__, g.__doc__)
lam = lambda x, y=1: x + y  # noqa: E731
print(lam.__name__, lam.__qualname__, lam.__defaults__, lam.__code__.co_argcount, lam.__doc__)


class C:
    def method(self):
        def nested():
            pass

        return nested


print(C.method.__qualname__, C().method().__qualname__, C().method().__name__)


def annotated(a: int, b: "str" = "x", *args: float, **kw: bool) -> None:
    pass


print(annotated.__annotations__)


def gen():
    yield 1


async def coro():
    pass


print(gen.__code__.co_name, bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80), bool(f.__code__.co_flags & 0x20))
print(f.__code__.co_filename.endswith("function_attrs.py"), isinstance(f.__code__.co_firstlineno, int), f.__code__.co_consts[0])
swap = annotated.__code__
annotated.__code__ = lam.__code__
print(annotated(5, 1), annotated.__name__)
annotated.__code__ = swap
print(callable(f), type(f).__name__, type(len).__name__, len.__name__, len.__qualname__, len.__module__, len.__doc__.splitlines()[0])
try:
    len.__defaults__
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(len, "__code__"), hasattr(f, "__wrapped__"), type(f.__builtins__).__name__)
