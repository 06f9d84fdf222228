# Line endings (\n, \r\n, \r), form feeds, a missing final newline, empty sources.

def run(src):
    ns = {}
    try:
        exec(compile(src, "<src>", "exec"), ns)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno)
    else:
        print(repr(src), "->", {k: v for k, v in ns.items() if k != "__builtins__" and not callable(v)})

run("a = 1\nb = 2\n")
run("a = 1\r\nb = 2\r\n")
run("a = 1\rb = 2\r")
run("a = 1\r\nb = 2\nc = 3\rd = 4")
run("a = 1")
run("")
run("\n\n\n")
run("   \n\t\n")
run("# comment")
run("\x0ca = 1\n")
run("if 1:\n\x0c    a = 1\n")
run("if 1:\n    a = 1\n\x0c\n    b = 2\n")
run("s = '''x\r\ny'''\n")
run("s = '''x\ry'''\n")
run("s = 'a\\\r\nb'\n")
run("a = (1,\r\n 2)\r\n")
run("a = 1;\n")
run("a = 1;;\n")
run(";\n")
run("a = 1; b = 2; c = a + b\n")
run("def f():\r\n    return 5\r\nr = f()\r\n")
run("a = 1\n\x00\n")
run("a = '\x00'\n")

print(eval("1\n"), eval("\n1"), eval("  1  "), eval("(1\n+\n2)"))
for src in ["\t1", "1\n2", "1;"]:
    try:
        print(repr(src), eval(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)

print(len("a\r\nb"), "a\r\nb".splitlines(), "a\rb\nc".split())
print(repr(compile("x = 1\n", "<s>", "exec").co_filename))
print(repr("line1\
line2"))
