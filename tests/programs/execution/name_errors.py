# NameError messages in different contexts, and names that are bound by unusual statements.

def show(fn):
    try:
        fn()
    except NameError as e:
        print(f"{type(e).__name__}: {e}")

show(lambda: undefined)
show(lambda: [undefined_in_comp for _ in range(1)])
show(lambda: (g for g in [undefined_in_gen]))
show(lambda: {k: v for k, v in undefined_map.items()})
show(lambda: exec("print(in_exec)"))
show(lambda: eval("in_eval + 1"))
show(lambda: exec("def f():\n    return nested\nf()"))

class Holder:
    attr = 1
    def method(self):
        return attr
show(lambda: Holder().method())

# Names the interpreter binds for you.
print(__name__, type(__builtins__).__name__ in ("module", "dict"), __doc__)
print(__file__.endswith("name_errors.py"), isinstance(__spec__, type(None)))
print(__debug__, __package__, [k in globals() for k in ("__name__", "__doc__", "__builtins__", "__spec__", "__loader__", "__package__")])

# A name bound only in one branch of a try.
def try_branch(fail):
    try:
        if fail:
            raise ValueError
        result = "computed"
    except ValueError:
        pass
    return result
print(try_branch(False))
show(lambda: try_branch(True))

# Shadowing a builtin and deleting the shadow restores it.
def restore():
    global print_copy
    return "restored"
len = "shadow"
print(type(len).__name__)
del len
print(len("abc"))
show(lambda: exec("del len"))

# Builtins cannot be deleted through the module namespace of a function.
def del_builtin():
    del abs
show(del_builtin)

# A function's globals are those of the module where it was defined.
ns = {}
exec("def get():\n    return marker\nmarker = 'exec namespace'", ns)
marker = "module namespace"
print(ns["get"]())

# globals() and locals() inside functions.
def inspect_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(inspect_locals(1))
print("inspect_locals" in globals(), globals() is globals())
