# ast.dump of sources covering every statement and expression kind, with and without positions.
import ast

SOURCES = [
    "x = 1",
    "x: int = 5\ny: 'str'\n(z): int = 1\na.b: int",
    "a, *b = c = d\nx[1:2, ::3] = y\ndel a, b[0], c.d\nx += 1; y //= 2; z @= m",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    '''doc'''\n    return a",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M, **kw):\n    x = 1\n    def m(self): pass",
    "async def g():\n    await x\n    async for i in y:\n        pass\n    async with a as b, c:\n        pass\n    return [i async for i in z]",
    "for i in range(10):\n    if i % 2:\n        continue\n    elif i > 5:\n        break\n    else:\n        pass\nelse:\n    x = 0",
    "while x:\n    x -= 1\nelse:\n    y = 2",
    "with open(f) as (a, b), g():\n    pass",
    "try:\n    pass\nexcept (ValueError, TypeError) as e:\n    raise X from e\nexcept Exception:\n    raise\nelse:\n    x = 1\nfinally:\n    y = 2",
    "try:\n    pass\nexcept* ValueError as eg:\n    pass",
    "assert x, 'msg'\nimport a.b.c as d, e\nfrom ..m import (x as y, z)\nfrom . import *\nglobal g\ndef f():\n    nonlocal n",
    "x = a and b or not c\ny = (z := 10)\nw = -a + ~b ** +c",
    "lambda x, *y, z=1, **w: (x, y)",
    "a if b else c",
    "{1: 2, **d, 'k': v}\n{1, 2, *s}\n[1, *l]\n()",
    "[x for x in y if x if not x]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for y in z for x in y)",
    "def gen():\n    yield\n    yield 1\n    x = yield from g()",
    "a < b <= c != d is e is not f in g not in h > i >= j == k",
    "f(a, *b, c=1, **d)\nobj.attr.sub[0][1:2]",
    "f'{x!r:>{width}} and {y=} {z:.2f} {{literal}}'",
    "x = 'a' 'b'\ny = b'bytes'\nz = u'uni'\nw = 1.5e3 + 2j + 0xff + 1_000\nv = ...\nn = None, True, False",
    "match command:\n    case [x, y, *rest]:\n        pass\n    case {'k': v, **others}:\n        pass\n    case Point(1, y=2) | Point(x=0):\n        pass\n    case (1 | 2) as n if n > 0:\n        pass\n    case -1 | 1.5 | 2+3j | 'a' | b'b' | None | True:\n        pass\n    case a.b.c:\n        pass\n    case [*_]:\n        pass\n    case _:\n        pass",
    "x = [\n    1,\n    2,\n]\nif a:\n    b = c\n",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))
    print(ast.dump(tree, indent=2, annotate_fields=False)[:400])

print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> List[int]", mode="func_type")))
print(ast.dump(ast.parse("x = 1", feature_version=(3, 8))))
print(ast.dump(compile("await x", "<s>", "exec", ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)))

# Context and operator nodes are shared instances; positions are ints.
t = ast.parse("a = b + c + d")
print(t.body[0].targets[0].ctx is t.body[0].value.left.left.ctx)
print(t.body[0].value.op is t.body[0].value.left.op)
b = t.body[0].value
print(b.lineno, b.col_offset, b.end_lineno, b.end_col_offset)
print(sorted(vars(t.body[0])))

# Walking and the visitor.
names = [n.id for n in ast.walk(ast.parse("a = b(c, d[e])")) if isinstance(n, ast.Name)]
print(sorted(names))
src = "def f(x):\n    return x * 2\n"
fn = ast.parse(src).body[0]
print(repr(ast.get_source_segment(src, fn.body[0].value)))
print([type(n).__name__ for n in ast.iter_child_nodes(fn)])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("x").body[0].value)])
print(ast.increment_lineno(ast.parse("x\ny"), 3).body[1].lineno)

try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
try:
    ast.parse("f(**)", "<file>")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename)

# Function type comments' grammar (mode="func_type"): the stars are not kept.
for s in ["() -> int", "(int, str) -> None", "(*a) -> b", "(**k) -> b", "(x, *a, **k) -> b", "(x, **k) -> b"]:
    print(ast.dump(ast.parse(s, mode="func_type")))

# Non-ASCII text: columns are UTF-8 byte offsets, strings are real str values.
t = ast.parse("s = 'héllo→✓'  # ç\nnaïve = 1\nf(ñ='ü')")
print(ast.dump(t, include_attributes=True))
print(ast.unparse(t))
