# Closures: cells shared between functions, late binding, and cell objects.

def make_pair():
    shared = []
    def add(x):
        shared.append(x)
        return len(shared)
    def items():
        return list(shared)
    return add, items
add, items = make_pair()
add("a")
add("b")
print(items(), add.__closure__[0].cell_contents is items.__closure__[0].cell_contents)

# Late binding in loops versus capturing with a default argument.
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])

def loop_closures():
    fns = []
    for j in range(3):
        def f():
            return j
        fns.append(f)
    j = 100
    return [fn() for fn in fns]
print(loop_closures())

# A closure sees later rebinding of the variable in the enclosing function.
def rebinding():
    v = 1
    def get():
        return v
    v = 2
    first = get()
    v = 3
    return first, get()
print(rebinding())

# __closure__ and co_freevars / co_cellvars.
def outer(a):
    b = a * 2
    def inner(c):
        return a + b + c
    return inner
fn = outer(5)
print(fn(1), fn.__code__.co_freevars, outer.__code__.co_cellvars,
      [c.cell_contents for c in fn.__closure__])
print(outer.__closure__, (lambda: 0).__closure__)

# A parameter captured by a closure is a cell.
def param_cell(x):
    def get():
        return x
    x = x + 1
    return get()
print(param_cell(1))

# An empty cell: referencing a free variable before assignment.
def empty_cell():
    def get():
        return later
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now set"
    return get()
print(empty_cell())

# Cell contents can be read and written through the cell object.
def cell_access():
    x = "original"
    def f():
        return x
    cell = f.__closure__[0]
    cell.cell_contents = "written through the cell"
    return f(), x
print(cell_access())

def deleted_cell():
    x = 1
    def f():
        return x
    del x
    try:
        return f()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(deleted_cell())
def deleted_cell_contents():
    x = 1
    def f():
        return x
    del x
    try:
        return f.__closure__[0].cell_contents
    except ValueError as e:
        return f"{type(e).__name__}: {e}"
print(deleted_cell_contents())

# Recursion through a closure variable.
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(make_fact()(20))

# Generators and closures.
def gen_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
    def gen():
        for i in range(4):
            add(i)
            yield total
    return list(gen())
print(gen_closure())

# Deep nesting: each level captures the one above.
def l1(a):
    def l2(b):
        def l3(c):
            def l4(d):
                return a * 1000 + b * 100 + c * 10 + d
            return l4
        return l3
    return l2
print(l1(1)(2)(3)(4))
