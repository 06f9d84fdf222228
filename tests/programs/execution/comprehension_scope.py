# Comprehensions run in their own scope: loop variables don't leak, walrus binds outside.

x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)

gen = (y for y in range(3))
print(list(gen), "y" in globals())

d = {k: k * 2 for k in "ab"}
s = {v for v in (1, 2, 2)}
print(d, s, "k" in globals(), "v" in globals())

# The walrus operator binds in the enclosing (function or module) scope.
values = [total := 0] + [total := total + n for n in range(1, 5)]
print(values, total)

def f():
    found = None
    if any((found := n) > 2 for n in [1, 2, 3, 4]):
        return found
print(f())

def g():
    [last := i for i in range(3)]
    return last
print(g())

# Nested comprehensions: inner ones see outer loop variables.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
flat = [v for row in matrix for v in row if v % 2 == 0]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(matrix, flat, transposed)

# The first iterable is evaluated immediately in the enclosing scope; the rest lazily.
def trace(label, it):
    print("  evaluating", label)
    return it
gexp = (a + b for a in trace("first", [1, 2]) for b in trace("second", [10, 20]))
print("generator created")
print(list(gexp))

# Comprehensions inside functions close over the function's locals.
def closure_comp():
    base = 100
    return [base + i for i in range(3)], [(lambda: i)() for i in range(2)]
print(closure_comp())

# Lambdas created in a comprehension share the comprehension's loop variable.
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])

def check(src):
    try:
        ns = {}
        exec(compile(src, "<src>", "exec"), ns)
        print(repr(src), "->", {k: v for k, v in ns.items() if k != "__builtins__" and not callable(v)})
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)
    except NameError as e:
        print(repr(src), "->", type(e).__name__, e)

check("r = [i := 0 for i in range(3)]")
check("r = [j for i in range(3) if (i := 1)]")
check("r = [[(j := k) for k in range(2)] for i in range(2)]")
check("r = [i for i in range(3) for j in (i := [1])]")
check("class C:\n    r = [(y := 1) for _ in range(2)]\n")
check("r = [(y := i) for i in range(3)]")
check("r = {(k := 1): 2 for _ in range(1)}")
check("r = [x for x in range(3)]\nr2 = x")
check("r = (lambda: [(q := 5) for _ in 'a'])()")
check("def f():\n    return [(p := 1) for _ in 'a']\nr = f()")

# Iteration variable may be any target, including tuples and starred.
pairs = [(a, b) for a, b in [(1, 2), (3, 4)]]
starred = [rest for first, *rest in ["abc", "de"]]
print(pairs, starred)

# Comprehension over a name that is also the loop variable.
data = [1, 2, 3]
data = [data for data in data]
print(data)
