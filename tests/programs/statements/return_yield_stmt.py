# return and yield statements: values, implicit None, generators, and placement rules.

def nothing():
    pass
def bare():
    return
def value():
    return 42
def tuple_return():
    return 1, 2, 3
def starred_return():
    rest = [2, 3]
    return 1, *rest
def early(x):
    if x:
        return "early"
    return "late"
print(nothing(), bare(), value(), tuple_return(), starred_return(), early(1), early(0))

# Code after return is never executed.
def unreachable():
    return "done"
    print("never")
print(unreachable())

# return inside loops and nested blocks.
def search(matrix, target):
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            if v == target:
                return i, j
    return None
print(search([[1, 2], [3, 4]], 4), search([[1]], 9))

# A function containing yield is a generator function, even if the yield is unreachable.
def maybe_gen():
    return "value"
    yield
g = maybe_gen()
print(type(g).__name__)
try:
    next(g)
except StopIteration as e:
    print("StopIteration carries the return value:", e.value)

# yield statement forms.
def gen():
    yield
    yield 1
    yield 1, 2
    yield from [3, 4]
    x = yield "expression"
    yield x
    return "finished"
it = gen()
print(next(it), next(it), next(it), next(it), next(it), next(it))
print(it.send("sent value"))
try:
    next(it)
except StopIteration as e:
    print("return value:", e.value)

# return in a generator with a value, and in finally.
def gen_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("  gen finally")
print(list(gen_finally()))

# Lambdas implicitly return their expression.
print((lambda: None)(), (lambda: (yield))().__class__.__name__)

# Placement errors.
for src in ["return 1", "yield 1", "class C:\n    return 1", "class C:\n    yield 1",
            "def f():\n    class C:\n        return 1", "x = [(yield) for i in y]",
            "def f():\n    x = lambda: (yield)\n    return x", "async def f():\n    return (yield 1)",
            "async def f():\n    yield\n    return 1", "def f():\n    await x"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
