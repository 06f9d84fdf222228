# ast.unparse of parsed sources, and ast.literal_eval with its errors.
import ast

SOURCES = [
    "x = 1 + 2 * 3 ** -4",
    "a, *b = (c := d) if e else f",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    '''doc'''\n    return a",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 1\n    async def m(self):\n        async with a as b:\n            await c",
    "for i in range(3):\n    if i:\n        continue\n    elif not i:\n        break\nelse:\n    pass",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    x = 1\nfinally:\n    y = 2",
    "try:\n    pass\nexcept* E:\n    pass",
    "lambda x, *y, z=1, **w: (x, y)",
    "{1: 2, **d}, {1, *s}, [*l], (), (1,)",
    "[x for x in y if x], {k: v for k, v in d}, (x async for x in y)",
    "f'{x!r:>{w}} {y=} {{z}}'",
    "x = 'a' 'b' + b'c' + u'd'",
    "del a[1:2, ::3], b.c",
    "global g; nonlocal n",
    "import a.b as c\nfrom ..m import x as y, z\nfrom . import *",
    "match p:\n    case [1, *r] | {'k': 2, **kw}:\n        pass\n    case C(1, x=y) as z if z:\n        pass\n    case None | True | -1 | 1+2j:\n        pass",
    "while not (a and b or c):\n    x += 1",
    "assert x, 'm'\nyield from g\nx = yield",
    "a[b:c], a[:], a[::2], a[1, 2], a[(1, 2)]",
    "print(*args, sep='', **kw)",
    "x = -(-1) + (not y) - ~z",
]
for src in SOURCES:
    print(ast.unparse(ast.parse(src)))
    print("--")

for expr in [
    "1", "-1", "+1.5", "1+2j", "-3-4j", "'s'", "b'b'", "True", "None", "...",
    "[1, 2, (3, 4)]", "{'a': 1, 'b': [2]}", "{1, 2}", "set()", "()", "(1,)",
    "  42",
]:
    try:
        print(repr(ast.literal_eval(expr)))
    except Exception as e:
        print(type(e).__name__, e)

for bad in ["x", "f(1)", "1 + x", "[1, y]", "{**d}", "a.b", "1 +", "2 * 3", "1 + 'a'", "-'a'", "{[]: 1}", "frozenset()"]:
    try:
        print(repr(ast.literal_eval(bad)))
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])

print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(7)))
