# global and nonlocal declarations: rebinding outer names, and the compile-time errors.

g = 0
def set_global():
    global g, created_here
    g = 10
    created_here = "made by a function"
set_global()
print(g, created_here)

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc()
inc(5)
print(get(), inc())

# nonlocal reaches the nearest enclosing function binding, skipping intermediate ones.
def outer():
    v = "outer"
    def middle():
        def inner():
            nonlocal v
            v = "changed by inner"
        inner()
        return v
    return middle(), v
print(outer())

# global inside a nested function refers to the module, not the enclosing function.
name = "module"
def enclosing():
    name = "enclosing"
    def inner():
        global name
        name = "module changed"
    inner()
    return name
print(enclosing(), name)

# A global declaration in a class body.
class Cfg:
    global from_class
    from_class = "set in class body"
    local_attr = 1
print(from_class, hasattr(Cfg, "from_class"))

# nonlocal in a class body method refers to the function around the class.
def factory():
    value = 1
    class Inner:
        def bump(self):
            nonlocal value
            value += 1
            return value
    return Inner()
obj = factory()
print(obj.bump(), obj.bump())

# Independent closures have independent cells.
i1, g1 = counter()
i2, g2 = counter()
i1(); i1(); i2()
print(g1(), g2())

def check(src):
    try:
        compile(src, "<src>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "| line", e.lineno)

check("nonlocal x")
check("def f():\n    nonlocal x\n")
check("def f():\n    x = 1\n    global x\n")
check("def f():\n    print(x)\n    global x\n")
check("def f(x):\n    global x\n")
check("def f(x):\n    nonlocal x\n")
check("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n")
check("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n")
check("def f():\n    global x\n    global x\n")
check("class C:\n    nonlocal x\n")
check("def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n")
check("def f():\n    global x\n    x: int = 1\n")
check("def f():\n    x: int\n    global x\n")
check("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2\n")
check("def f():\n    [x for x in range(3)]\n    nonlocal x\n")

# Using a global before the global statement at module level is allowed (it is a no-op there).
exec("global q\nq = 5", ns := {})
print(ns["q"])
