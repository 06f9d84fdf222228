# compile(): modes, code object attributes, flags, errors

c1 = compile("1 + 2", "<eval>", "eval")
print(type(c1).__name__, eval(c1), c1.co_filename, c1.co_name)
c2 = compile("a = 5\nb = a * 2\n", "prog.py", "exec")
ns = {}
print(exec(c2, ns), ns["a"], ns["b"], c2.co_filename, c2.co_name)
c3 = compile("42", "<single>", "single")
print(type(c3).__name__, eval(c3))  # single mode echoes expression statements
c4 = compile("x = 9", "<single>", "single")
exec(c4, ns)
print(ns["x"])
print(compile("", "<e>", "exec").co_name, exec(compile("", "<e>", "exec")))
print(sorted(compile("p + q * r", "<e>", "eval").co_names))
c5 = compile("def f(x, y=1):\n    return x + y\n", "<def>", "exec")
exec(c5, ns)
print(ns["f"](1), ns["f"].__code__.co_filename, ns["f"].__code__.co_argcount, ns["f"].__code__.co_varnames)
print(compile(b"1 + 1", "<bytes>", "eval").co_filename, eval(compile(b"2 * 3", "b", "eval")))
print(compile("7", filename="named.py", mode="eval").co_filename)

for src, mode in [("1 +", "eval"), ("x = 1", "eval"), ("a = 1\nb = 2", "single"), ("def f(:", "exec"),
                  ("break", "exec"), ("f(x for x in y, 1)", "eval"), ("'unterminated", "eval"),
                  ("x = (1,\n", "exec"), ("1 = x", "exec"), ("del f()", "exec"), ("nonlocal x", "exec")]:
    try:
        compile(src, "<bad>", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), mode, "->", e.msg, e.filename, e.lineno)

for args in [("1", "<x>", "bogus"), ("1", "<x>"), (1, "<x>", "eval"), ("1", 1, "eval")]:
    try:
        compile(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    compile("a\x00b", "<nul>", "exec")
except (ValueError, SyntaxError) as e:
    print(type(e).__name__, e)

c6 = compile("for i in range(3):\n    total = total + i\n", "<loop>", "exec")
env = {"total": 100}
exec(c6, env)
exec(c6, env)
print(env["total"])
c7 = compile("lambda: 1", "<l>", "eval")
print(eval(c7)(), c7.co_consts[-1] is None or True)
print(compile("x", "<f>", "eval", dont_inherit=True).co_names)
ast_only = compile("1 + 1", "<ast>", "eval", flags=0)
print(eval(ast_only))
try:
    eval(compile("undefined_name", "<n>", "eval"))
except NameError as e:
    print(type(e).__name__, e)
multi = compile("if 1:\n    r = 'yes'\nelse:\n    r = 'no'\n", "<if>", "exec")
exec(multi, env)
print(env["r"])
