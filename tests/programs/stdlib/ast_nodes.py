# The node classes: hierarchy, _fields and class-level defaults, the constructor and its errors,
# pickle/copy/deepcopy, and the deprecated aliases ast.py builds on them.
import ast
import copy
import pickle

print(ast.AST.__module__, ast.BinOp.__module__, ast.AST._fields, ast.AST._attributes)
print(ast.BinOp.__mro__)
print(ast.Load.__mro__)
print(ast.BinOp._fields, ast.BinOp.__match_args__, ast.BinOp._attributes)
print(ast.arguments._fields)
print(ast.arg._attributes, ast.keyword._fields, ast.alias._fields)
print(ast.comprehension._fields, ast.withitem._fields, ast.match_case._fields)
print(ast.TypeIgnore._fields, ast.type_ignore._attributes)
print(ast.pattern._attributes, ast.MatchClass._fields)
print(ast.Pass._fields, ast.expr._fields)
print(repr(ast.Load.__doc__), repr(ast.BinOp.__doc__), repr(ast.operator.__doc__))
print(ast.mod.__doc__)
print(ast.AST.__doc__)
print(issubclass(ast.Module, ast.mod), issubclass(ast.ExceptHandler, ast.excepthandler))
print(issubclass(ast.Expr, ast.stmt), issubclass(ast.Expr, ast.expr))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
import _ast
print(sorted(n for n in dir(_ast) if not n.startswith("__"))[:12])

# Optional fields read None at class level; list fields are absent until given.
print(ast.Constant().kind, ast.FunctionDef().returns, ast.ImportFrom().level)
print(ast.Name().end_lineno, ast.arg().type_comment)
print(hasattr(ast.FunctionDef(), "body"), hasattr(ast.Name(), "id"), hasattr(ast.Name(), "lineno"))
print(vars(ast.BinOp()))
for cls in (ast.FunctionDef, ast.Name, ast.arguments):
    print(cls.__name__, [f for f in cls._fields if f in cls.__dict__])

# The constructor: positional arguments by _fields, keywords for anything.
n = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2), lineno=3, extra="x")
print(n.left.value, type(n.op).__name__, n.right.value, n.lineno, n.extra)
print(ast.dump(n))
print(ast.Name("x", ctx=ast.Load()).id)
for args, kwargs in [((1, 2, 3, 4), {}), ((1,), {"left": 2}), ((), {}), ((1, 2), {})]:
    try:
        ast.BinOp(*args, **kwargs)
        print("ok", args, kwargs)
    except TypeError as e:
        print("TypeError", e)
for cls, args in [(ast.Pass, (1,)), (ast.Return, (1, 2)), (ast.Load, (1,)), (ast.AST, (1,))]:
    try:
        cls(*args)
    except TypeError as e:
        print("TypeError", e)


class MyNode(ast.AST):
    _fields = ("a", "b")


x = MyNode(1, b=2, c=3)
print(x.a, x.b, x.c, ast.dump(x))
try:
    MyNode(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


class MyName(ast.Name):
    pass


print(ast.dump(MyName("q", ast.Load())), isinstance(MyName(), ast.expr))

# __reduce__, pickle, copy, deepcopy.
print(ast.Load().__reduce__())
print(ast.BinOp(1).__reduce__())
tree = ast.parse("def f(x, *, y=2):\n    return [x, y]\nprint(f(1))")
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    t2 = pickle.loads(pickle.dumps(tree, proto))
    assert ast.dump(t2, include_attributes=True) == ast.dump(tree, include_attributes=True)
print("pickle ok")
t3 = copy.deepcopy(tree)
print(t3 is not tree, t3.body[0] is not tree.body[0], ast.dump(t3) == ast.dump(tree))
exec(compile(t3, "<copy>", "exec"), {})
t4 = copy.copy(tree)
print(t4.body is tree.body)

# Deprecated aliases (pure Python in ast.py).
import warnings
warnings.simplefilter("ignore")
print(type(ast.Num(5)).__name__, ast.Num(5).n, ast.Str("s").s, ast.Bytes(b"b").s)
print(isinstance(ast.Constant(5), ast.Num), isinstance(ast.Constant("s"), ast.Num))
print(type(ast.NameConstant(None)).__name__, type(ast.Ellipsis()).__name__)
print(ast.Index(ast.Constant(1)).value, type(ast.ExtSlice([ast.Constant(1)])).__name__)
print(ast.Suite, ast.Param, ast.AugLoad, ast.AugStore)
print(ast.Constant(3).n, ast.Constant("t").s)

# Structural pattern matching on nodes uses __match_args__.
match ast.parse("a + 1", mode="eval").body:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(value)):
        print("matched", id, value)

# The methods check their receiver.
for meth in (ast.AST.__init__, ast.AST.__reduce__):
    try:
        meth(5)
    except TypeError as e:
        print("TypeError", e)
