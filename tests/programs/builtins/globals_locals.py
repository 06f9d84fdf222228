# globals() and locals(): module scope, function scope, mutation visibility

g = globals()
print(type(g).__name__, g is globals(), "__name__" in g, g["__name__"])
print(locals() is globals())
g["created_via_globals"] = 99
print(created_via_globals)  # noqa: F821
x = 5
print(g["x"])
del g["x"]
print("x" in globals())
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)


def func(a, b=2, *args, **kw):
    c = a + b
    loc = locals()
    return sorted(loc.items())


print(func(1))
print(func(1, 3, 4, 5, k=6))


def snapshot():
    v = 1
    first = locals()
    v = 2
    w = 3
    second = locals()
    return first, second, first is second


print(snapshot())


def writes_do_not_leak():
    v = 1
    locals()["v"] = 100
    return v


print(writes_do_not_leak())


def closure_locals():
    outer = "o"

    def inner():
        inner_var = "i"
        return sorted(locals().items()), outer

    return inner()


print(closure_locals())


def sees_globals():
    return globals() is g, "sees_globals" in globals()


print(sees_globals())


class K:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    qual = locals()["__qualname__"]
    mod = locals()["__module__"]


print(K.names, K.qual, K.mod)

comp = [sorted(k for k in locals() if not k.startswith(".")) for _ in range(1)]
print(comp)

ns = {}
exec("a = 1\nb = a + 1", ns)
print(sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
print(eval("a * b", ns), eval("globals() is ns_ref", {"ns_ref": None}) is False)
d = {"q": 7}
print(eval("locals()['q']", {}, d), eval("locals() is d2", {"d2": d}, d))


def uses_global():
    global made_global
    made_global = "made"


uses_global()
print(globals()["made_global"])
print([k in globals() for k in ("__name__", "__doc__", "__builtins__", "__file__")])
print(__doc__, __name__)
try:
    globals(1)
except TypeError as e:
    print(type(e).__name__, e)
