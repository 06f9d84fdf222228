# Name resolution: Local, Enclosing, Global, Builtin — and shadowing at each level.

x = "global x"
len = lambda obj: "shadowed builtin len"

def outer():
    x = "enclosing x"
    def inner():
        x = "local x"
        return x
    def reads_enclosing():
        return x
    def reads_global():
        return globals()["x"]
    return inner(), reads_enclosing(), reads_global()

print(outer())
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))

# Builtins are found last, and can be shadowed locally.
def uses_builtin():
    return max(3, 7)
def shadows_builtin():
    max = lambda *a: "local max"
    return max(3, 7)
print(uses_builtin(), shadows_builtin(), max(1, 2))

# Enclosing scopes chain through several levels; the nearest binding wins.
def level1():
    a = 1
    b = 1
    def level2():
        b = 2
        c = 2
        def level3():
            c = 3
            return (a, b, c)
        return level3()
    return level2()
print(level1())

# Names are resolved when the code runs, not when it is defined.
def late():
    return later_defined
later_defined = "defined after the function"
print(late())
later_defined = "rebound"
print(late())

# Class bodies are not enclosing scopes for the functions defined in them.
y = "global y"
class K:
    y = "class y"
    def method(self):
        return y
    z = y + " (seen in class body)"
print(K().method(), K.z)

# A global variable changed by another function is seen by readers.
counter = 0
def bump():
    global counter
    counter += 1
def read():
    return counter
bump()
bump()
print(read())

# Lambdas and comprehensions close over the enclosing function scope.
def make():
    factor = 10
    return (lambda v: v * factor), [factor * i for i in range(3)]
f, lst = make()
print(f(4), lst)

# Built-in names available everywhere, even inside exec with an empty globals dict.
ns = {}
exec("r = len('abcd') + abs(-1)", ns)
print(ns["r"], "__builtins__" in ns)

# Supplying a custom __builtins__ restricts what is visible.
restricted = {"__builtins__": {"len": len}}
exec("r = len('xy')", restricted)
print(restricted["r"])
try:
    exec("r = abs(-1)", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)

# Enclosing variables are looked up at call time (late binding).
def make_fns():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [fn() for fn in fns]
print(make_fns())
