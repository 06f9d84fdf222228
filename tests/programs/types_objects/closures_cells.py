# closures and cells: __closure__/cell_contents, nonlocal, late binding, empty cells, cell type


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1.__closure__[0].cell_contents, c2.__closure__[0].cell_contents)
print(c1.__code__.co_freevars, make_counter.__code__.co_cellvars, type(c1.__closure__[0]).__name__, len(c1.__closure__))
cell = c1.__closure__[0]
cell.cell_contents = 100
print(c1(), cell.cell_contents)


def late():
    fns = [lambda: i for i in range(3)]
    return [f() for f in fns]


def early():
    fns = [lambda i=i: i for i in range(3)]
    return [f() for f in fns]


print(late(), early())


def empty_cell():
    def inner():
        return x

    cell_obj = inner.__closure__[0]
    try:
        cell_obj.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = "now bound"
    print(cell_obj.cell_contents, inner())
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)


empty_cell()


def outer():
    a = 1

    def middle():
        b = 2

        def inner():
            return a + b

        return inner

    return middle()


fn = outer()
print(fn(), fn.__code__.co_freevars, [c.cell_contents for c in fn.__closure__])


def shared():
    value = []

    def add(x):
        value.append(x)

    def get():
        return list(value)

    return add, get


add, get = shared()
add(1)
add(2)
print(get(), add.__closure__[0] is get.__closure__[0])


def rebind():
    x = 1

    def show():
        return x

    x = 2
    return show


print(rebind()())


def no_nonlocal():
    n = 0

    def bump():
        n += 1  # noqa: F823

    try:
        bump()
    except UnboundLocalError as e:
        print(type(e).__name__, e)


no_nonlocal()
for src in ["def f():\n    nonlocal q\n", "def f():\n    x = 1\n    global x\n"]:
    try:
        compile(src, "<closure>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
CellType = type(c1.__closure__[0])
print(CellType(5).cell_contents, CellType(5) == CellType(5), CellType(1) < CellType(2))
try:
    CellType().cell_contents
except ValueError as e:
    print(type(e).__name__, e)
print(print.__class__.__name__, make_counter.__closure__, (lambda: 0).__closure__)
