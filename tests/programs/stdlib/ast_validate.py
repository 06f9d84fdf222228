# compile() of malformed trees: CPython's obj2ast TypeErrors and validator ValueErrors.
import ast
import re

L = dict(lineno=1, col_offset=0)


def c(node, mode="exec"):
    try:
        compile(node, "<v>", mode)
        print("ok")
    except Exception as e:
        print(type(e).__name__, re.sub(" at 0x[0-9a-f]+", "", str(e)))


def m(*body):
    return ast.Module(body=list(body), type_ignores=[])


def e(expr):
    return m(ast.Expr(expr, **L))


def name(id, ctx=None):
    return ast.Name(id, ctx or ast.Load(), **L)


one = ast.Constant(1, **L)

# Missing and wrong-typed fields (obj2ast).
c(m(ast.Pass()))
c(ast.Module(body=[ast.Pass(**L)]))
c(m(5))
c(m(None))
c(m(ast.Expr(None, **L)))
c(ast.Module(body=ast.Pass(**L), type_ignores=[]))
c(ast.Module(body=(), type_ignores=[]))
c(e(ast.List([None], ast.Load(), **L)))
c(e(ast.Name("x", 5, **L)))
c(e(ast.Name("x", None, **L)))
c(e(ast.Name(1, ast.Load(), **L)))
c(e(ast.Name(None, ast.Load(), **L)))
c(e(ast.BinOp(one, ast.Load(), one, **L)))
c(e(ast.BinOp(one, ast.Add(), ast.Add(), **L)))
c(e(ast.BinOp(one, ast.Add(), **L)))
c(e(ast.Call(name("f"), [], [None], **L)))
c(e(ast.Call(name("f"), [], [ast.keyword("a", one)], **L)))
c(e(ast.Constant(1, kind=5, **L)))
c(e(ast.Constant(1, kind=b"u", **L)))
c(e(ast.Compare(one, [ast.Add()], [one], **L)))
c(e(ast.FormattedValue(one, "x", None, **L)))
c(ast.Expression(body=ast.Name("x", ast.Load(), lineno="a", col_offset=0)), "eval")
c(ast.Expression(body=ast.Name("x", ast.Load(), lineno=2**70, col_offset=0)), "eval")
c(ast.Expression(body=ast.Name("x", ast.Load(), lineno=1)), "eval")
c(m(ast.Global([1], **L)))
c(m(ast.ImportFrom("x", [ast.alias("y")], 0, **L)))
c(m(ast.FunctionDef("f", None, [ast.Pass(**L)], [], **L)))
c(m(ast.FunctionDef("f", ast.arguments(), [ast.Pass(**L)], [], **L)))
c(m(ast.Expr(one, **L)), "eval")
c(ast.Expression(one), "exec")
c(ast.Interactive([ast.Pass(**L)]), "exec")
c(ast.Pass(**L), "exec")

# Constants.
c(ast.Expression(body=ast.Constant([1], **L)), "eval")
c(ast.Expression(body=ast.Constant((1, {2}), **L)), "eval")
c(ast.Expression(body=ast.Constant(object(), **L)), "eval")
c(ast.Expression(body=ast.Constant(frozenset({1, (2, b"x")}), **L)), "eval")
c(ast.Expression(body=ast.Constant(..., **L)), "eval")

# Validator.
c(ast.Expression(body=ast.Name("x", ast.Store(), **L)), "eval")
c(ast.Expression(body=ast.Name("None", ast.Load(), **L)), "eval")
c(ast.Expression(body=ast.Name("True", ast.Load(), **L)), "eval")
c(ast.Expression(body=ast.Name("not an identifier", ast.Load(), **L)), "eval")
c(ast.Expression(body=ast.Name("x", ast.Load(), lineno=2, col_offset=0, end_lineno=1)), "eval")
c(ast.Expression(body=ast.Name("x", ast.Load(), lineno=1, col_offset=5, end_col_offset=1)), "eval")
c(ast.Expression(body=ast.Name("x", ast.Load(), lineno=-1, col_offset=0, end_lineno=2)), "eval")
c(m(ast.Assign([name("x")], one, **L)))
c(m(ast.Assign([ast.BinOp(one, ast.Add(), one, **L)], one, **L)))
c(m(ast.Assign([], one, **L)))
c(m(ast.Delete([name("x")], **L)))
c(m(ast.Delete([], **L)))
c(m(ast.AugAssign(name("x"), ast.Add(), one, **L)))
c(m(ast.AnnAssign(ast.Attribute(name("a"), "b", ast.Store(), **L), name("int"), None, 1, **L)))
c(m(ast.If(one, [], [], **L)))
c(m(ast.While(one, [], [], **L)))
c(m(ast.For(name("x", ast.Store()), one, [], [], **L)))
c(m(ast.With([], [ast.Pass(**L)], **L)))
c(m(ast.ImportFrom("x", [ast.alias("y", **L)], -1, **L)))
c(m(ast.Import([], **L)))
c(m(ast.Global([], **L)))
c(m(ast.Raise(None, one, **L)))
c(m(ast.Try([ast.Pass(**L)], [], [], [], **L)))
c(m(ast.Try([ast.Pass(**L)], [], [ast.Pass(**L)], [ast.Pass(**L)], **L)))
c(m(ast.Try([], [], [], [ast.Pass(**L)], **L)))
c(m(ast.TryStar([ast.Pass(**L)], [], [], [], **L)))
c(m(ast.Try([ast.Pass(**L)], [ast.ExceptHandler(None, None, [], **L)], [], [], **L)))
c(m(ast.ClassDef("C", [], [], [], [], **L)))
c(m(ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, [one]), [ast.Pass(**L)], [], **L)))
c(m(ast.FunctionDef("f", ast.arguments([], [], None, [ast.arg("k", **L)], [], None, []), [ast.Pass(**L)], [], **L)))
c(e(ast.BoolOp(ast.And(), [one], **L)))
c(e(ast.Dict([None], [], **L)))
c(e(ast.Compare(one, [], [], **L)))
c(e(ast.Compare(one, [ast.Lt()], [one, one], **L)))
c(e(ast.ListComp(one, [], **L)))
c(e(ast.NamedExpr(ast.Attribute(name("a"), "b", ast.Store(), **L), one, **L)))
c(e(ast.Starred(name("x"), ast.Store(), **L)))
c(e(ast.Lambda(ast.arguments([], [], None, [], [], None, []), name("x", ast.Del()), **L)))


def match(pattern, **kw):
    case = ast.match_case(pattern, None, [ast.Pass(**L)])
    return m(ast.Match(name("x"), [case], **L))


P = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
c(match(ast.MatchAs(None, "y", lineno=1, col_offset=0)))
c(m(ast.Match(name("x"), [], **L)))
c(match(ast.MatchValue(name("y"), **P)))
c(match(ast.MatchValue(ast.Constant(None, **L), **P)))
c(match(ast.MatchValue(ast.Attribute(name("a"), "b", ast.Load(), **L), **P)))
c(match(ast.MatchSingleton(1, **P)))
c(match(ast.MatchStar("x", **P)))
c(match(ast.MatchSequence([ast.MatchStar("_", **P)], **P)))
c(match(ast.MatchAs(ast.MatchAs(None, "y", **P), None, **P)))
c(match(ast.MatchAs(None, "_", **P)))
c(match(ast.MatchOr([ast.MatchAs(None, "y", **P)], **P)))
c(match(ast.MatchMapping([one], [], None, **P)))
c(match(ast.MatchClass(ast.Constant(1, **L), [], [], [], **P)))
c(match(ast.MatchClass(name("C"), [], ["a"], [], **P)))
c(match(ast.MatchClass(ast.Attribute(name("a"), "C", ast.Load(), **L), [], [], [], **P)))
c(match(ast.MatchValue(ast.BinOp(name("a"), ast.Add(), one, **L), **P)))
c(match(ast.MatchValue(ast.BinOp(ast.UnaryOp(ast.USub(), one, **L), ast.Sub(), ast.Constant(2j, **L), **L), **P)))
c(match(ast.MatchValue(ast.UnaryOp(ast.USub(), name("a"), **L), **P)))

# Errors only the compiler finds in a built tree.
c(e(ast.FormattedValue(one, 5, None, **L)))
c(m(ast.AugAssign(ast.Tuple([], ast.Store(), **L), ast.Add(), one, **L)))
c(m(ast.AnnAssign(ast.List([], ast.Store(), **L), one, None, 0, **L)))
c(m(ast.Break(**L)))
c(m(ast.Expr(ast.Await(one, **L), **L)))
c(ast.FunctionType([], one), "func_type")
for mode, flags in [("func_type", 0), ("bad", 0), ("bad", ast.PyCF_ONLY_AST)]:
    try:
        compile("x", "<v>", mode, flags)
    except ValueError as exc:
        print("ValueError", exc)
print(ast.dump(compile("(int, *str) -> None", "<v>", "func_type", ast.PyCF_ONLY_AST)))
c(ast.Expression(body=ast.Name("None", ast.Store(), **L)), "eval")
c(ast.Expression(body=ast.Name("False", ast.Del(), **L)), "eval")
