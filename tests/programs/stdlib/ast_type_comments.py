# type_comments=True: # type: comments on assignments, headers and parameters, type: ignore, and
# the syntax error for a type comment anywhere else.
import ast
for s in ['x = 1\n# type: int\ny = 2', 'def f():\n    # type: () -> None\n    pass', 'def f():\n\n    # type: () -> None\n    pass',
          'def f():  # type: ignore\n    pass', 'for x in y:  # type: int\n  pass', 'x = 1  # type:int  ', 'x = [1, # type: int\n 2]',
          'x = 1  #type: ignore_x', 'x = 1 # type: ignoreX', 'x = 1; y = 2  # type: int', 'x = 1  # type: int\n',
          'def f(a, # type: int\n      b=3,  # type: str\n      *c, # type: float\n      d  # type: bool\n      ):\n    # type: (...) -> None\n    pass',
          'async def g(x):  # type: (int) -> None\n    async for i in y:  # type: int\n        pass\n    async with a as b:  # type: T\n        pass\n    with c:  # type: U\n        z = 1  # type: V',
          'class C:\n    x = 1  # type: int\n    def m(self, a):  # type: (int) -> str\n        return a',
          'if x:  # type: int\n    pass', 'f()  # type: int', 'x = 1  # not a type: int', 'x = 1  #   type  : int',
          'import os  # type: ignore[import]\nfrom x import y  # type:ignore\n',
          'x, y = 1, 2  # type: int, int', 'with a as b, c as d:  # type: (int, int)\n    pass',
          'def f(*, a=1,  # type: int\n      b):\n    pass',
          'def f(a, b):\n    # type: (int, int) -> int\n    # second comment\n    return a',
         ]:
    try:
        print(ast.dump(ast.parse(s, type_comments=True)))
    except SyntaxError as e:
        print('SyntaxError', e.args)
# Without the flag the comments are only comments.
print(ast.dump(ast.parse("x = 1  # type: int\nf()  # type: int")))
tree = ast.parse("def f(a):  # type: (int) -> int\n    return a + 1  # type: ignore\nprint(f(1))", type_comments=True)
exec(compile(tree, "<tc>", "exec"), {})
print(ast.unparse(tree))

# compile() of source honours the flag too.
exec(compile("x = 1  # type: int\nprint(x)", "<tc>", "exec", ast.PyCF_TYPE_COMMENTS))
try:
    compile("f()  # type: int", "<tc>", "exec", ast.PyCF_TYPE_COMMENTS)
except SyntaxError as e:
    print("SyntaxError", e.args)
compile("f()  # type: int", "<tc>", "exec")
