# compile() of AST objects: round trips that run, trees rewritten by a NodeTransformer, trees built
# by hand (with ast.fix_missing_locations), and the interpreter's checks of a bad tree.
import ast

PROGRAM = '''
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

def classify(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0):
            return "y-axis"
        case [a, *rest] if rest:
            return f"seq {a} {rest}"
        case {"k": v, **kw}:
            return f"map {v} {kw}"
        case _:
            return "other"

squares = {i: i * i for i in range(5) if i % 2 == 0}
gen = list(x for x in "abc")
try:
    1 / 0
except ZeroDivisionError as e:
    err = type(e).__name__
finally:
    done = True
with open(__file__ if False else "/dev/null") as f:
    data = f.read()
lam = (lambda *a, k=3, **kw: (a, k, kw))(1, 2, z=4)
result = [fib(10), Point(1, 2), classify(Point(0, 0)), classify(Point(0, 5)),
          classify([1, 2, 3]), classify({"k": 1, "j": 2}), classify(3),
          squares, gen, err, done, data, lam]
'''

tree = ast.parse(PROGRAM)
code = compile(tree, "<ast>", "exec")
ns = {}
exec(code, ns)
print(ns["result"])

# The same tree twice compiles to the same behaviour, and is not consumed.
ns2 = {}
exec(compile(tree, "<ast>", "exec"), ns2)
print(ns2["result"] == ns["result"] or repr(ns2["result"]) == repr(ns["result"]))

# eval mode and single mode.
print(eval(compile(ast.parse("[x * 2 for x in range(4)]", mode="eval"), "<e>", "eval")))
exec(compile(ast.parse("print('single', 1 + 1)", mode="single"), "<s>", "single"))

# PyCF_ONLY_AST on an AST returns it unchanged.
print(compile(tree, "<ast>", "exec", ast.PyCF_ONLY_AST) is tree)


# A NodeTransformer rewrites the tree, then the result compiles.
class AddToMul(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.left, ast.Mult(), node.right), node)
        return node


class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "old":
            return ast.copy_location(ast.Name("new", node.ctx), node)
        return node


t = ast.parse("old = 3\nprint(old + 4, 2 + 5 - 1)")
t = Rename().visit(AddToMul().visit(t))
exec(compile(t, "<t>", "exec"), {})
print(ast.unparse(t))


# Constant folding by a transformer, then fix_missing_locations for the new nodes.
class Fold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            return ast.Constant(eval(compile(ast.fix_missing_locations(ast.Expression(node)), "", "eval")))
        return node


t = ast.fix_missing_locations(Fold().visit(ast.parse("x = 2 * 3 + 4\nprint(x)")))
print(ast.dump(t.body[0].value))
exec(compile(t, "<fold>", "exec"), {})

# A tree built by hand needs positions; fix_missing_locations supplies them.
mod = ast.Module(
    body=[
        ast.FunctionDef(
            name="add",
            args=ast.arguments(
                posonlyargs=[],
                args=[ast.arg("a"), ast.arg("b")],
                kwonlyargs=[],
                kw_defaults=[],
                defaults=[ast.Constant(10)],
            ),
            body=[ast.Return(ast.BinOp(ast.Name("a", ast.Load()), ast.Add(), ast.Name("b", ast.Load())))],
            decorator_list=[],
        ),
        ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                          [ast.Call(ast.Name("add", ast.Load()), [ast.Constant(1)], [])], [])),
    ],
    type_ignores=[],
)
try:
    compile(mod, "<hand>", "exec")
except TypeError as e:
    print("TypeError", e)
exec(compile(ast.fix_missing_locations(mod), "<hand>", "exec"), {})
print(ast.unparse(mod))

# Positions are carried into the code object.
t = ast.parse("x = 1\n\n\ny = undefined_name\n")
t.body[1].lineno = t.body[1].end_lineno = 40
t.body[1].value.lineno = t.body[1].value.end_lineno = 40
try:
    exec(compile(t, "<pos>", "exec"), {})
except NameError as e:
    import sys
    print("NameError at line", sys.exc_info()[2].tb_next.tb_lineno)

# Generators, async and closures compile from trees.
src = """
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 1
        return n
    return inner
c = outer(); c(); out1 = c()
async def agen():
    for i in range(3):
        yield i
async def main():
    return [i async for i in agen()]
coro = main(); coro.close()
def g():
    yield from range(3)
out3 = list(g())
"""
ns = {}
exec(compile(ast.parse(src), "<gen>", "exec"), ns)
print(ns["out1"], ns["out3"])

# Deep trees: the converter's recursion is bounded like CPython's.
e = ast.Constant(1, lineno=1, col_offset=0)
for i in range(3000):
    e = ast.UnaryOp(ast.USub(), e, lineno=1, col_offset=0)
try:
    print(eval(compile(ast.Expression(e), "<d>", "eval")))
except RecursionError as x:
    print("RecursionError", x)
try:
    ast.parse("-" * 5000 + "1")
except RecursionError as x:
    print("RecursionError", x)
e = ast.Constant(1, lineno=1, col_offset=0)
for i in range(200):
    e = ast.UnaryOp(ast.USub(), e, lineno=1, col_offset=0)
print(eval(compile(ast.Expression(e), "<d>", "eval")))
