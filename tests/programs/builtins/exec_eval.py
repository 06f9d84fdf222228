# exec() and eval(): globals/locals dicts, return values, builtins injection, errors

print(eval("1 + 2 * 3"), eval("  [x * 2 for x in range(3)]"), eval("'abc'.upper()"))
print(eval("a + b", {"a": 1, "b": 2}), eval("a + b", {"a": 1}, {"b": 10}))
g = {"x": 1}
l = {"x": 2}
print(eval("x", g), eval("x", g, l), eval("x", g, None))
print(exec("y = 5"), y)  # noqa: F821
ns = {}
print(exec("z = 1\ndef f(n):\n    return n * z\nw = f(7)", ns), ns["w"], ns["f"](3))
print(sorted(k for k in ns if k != "__builtins__"), type(ns["__builtins__"]).__name__ in ("dict", "module"))
gl, lo = {}, {}
exec("a = 1\nb = a + 1", gl, lo)
print(sorted(lo), "a" in gl)
exec("def h():\n    return a\nr = h", gl, lo)
try:
    lo["r"]()
except NameError as e:
    print(type(e).__name__, e)

restricted = {"__builtins__": {"len": len}}
print(eval("len('abcd')", restricted))
try:
    eval("print('hi')", restricted)
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("abs(-1)", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)


class Mapping:
    def __getitem__(self, key):
        if key == "magic":
            return 42
        raise KeyError(key)


print(eval("magic + 1", {}, Mapping()))
try:
    eval("other", {}, Mapping())
except NameError as e:
    print(type(e).__name__, e)

code = compile("q * 2", "<expr>", "eval")
print(eval(code, {"q": 21}), exec(compile("t = 3", "<s>", "exec"), ns), ns["t"])
print(eval(b"1 + 1"), eval("\t 3 + 4\n"), eval("# comment\n5"))

for src in ["1 +", "x = 1", "def", "(", "1 1", "lambda: (yield)", "return 5"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("eval", repr(src), type(e).__name__, e.msg)
for src in ["x = ", "return 5", "  indented = 1", "if True:\nprint(1)"]:
    try:
        exec(src)
    except SyntaxError as e:
        print("exec", repr(src), type(e).__name__, e.msg)

for args in [(5,), ("1", []), ("1", {}, 5), ("1", {}, {}, {})]:
    try:
        eval(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    exec(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval("\x00")
except (ValueError, SyntaxError) as e:
    print(type(e).__name__, e)


def outer():
    local_v = "local"
    return eval("local_v"), eval("local_v + '!'", globals(), {"local_v": "override"})


print(outer())
counter = {"n": 0}
exec("for i in range(5):\n    n += i", counter)
print(counter["n"], counter["i"])
print(eval("[i for i in range(n)]", {"n": 3}), eval("(lambda k: k + m)(1)", {"m": 9}))
exec("import math as m_alias", ns)
print(ns["m_alias"].floor(2.7))
exec("class C:\n    v = 1\n", ns)
print(ns["C"].v, ns["C"].__module__)
