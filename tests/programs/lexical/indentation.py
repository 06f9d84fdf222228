# Indentation: INDENT/DEDENT, tabs to multiples of 8, and the IndentationError family.

def deep(n):
    if n > 0:
        if n > 1:
            if n > 2:
                return "three+"
            return "two"
        return "one"
    return "zero"

print([deep(i) for i in range(5)])

def odd_indents():
 x = 1
 if x:
       y = 2
       for i in range(1):
        y += i
 return y
print(odd_indents())

if True:
	# a tab-indented block (one tab only)
	print("tab block")
	if True:
		print("two tabs")

src_ok = "if 1:\n\tx = 1\n\tif x:\n\t\ty = 2\n"
ns = {}
exec(src_ok, ns)
print(ns["x"], ns["y"])

# An indentation change with a blank line or a comment at another level is fine.
def g():
    a = 1

# comment at column 0 inside a function body
        # comment too deep
    return a
print(g())

def check(src):
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "| line", e.lineno)
    else:
        print("ok", repr(src))

for src in [
    "  x = 1\n",
    "if 1:\nx = 1\n",
    "if 1:\n    x = 1\n  y = 2\n",
    "if 1:\n    x = 1\n        y = 2\n",
    "if 1:\n\tx = 1\n        y = 2\n",
    "if 1:\n        x = 1\n\ty = 2\n",
    "if 1:\n    \tx = 1\n\ty = 2\n",
    "def f():\n",
    "def f():\n    pass\n  pass\n",
    "for x in y:\n",
    "while 1:\n# only a comment\n",
    "class C:\n\n\n",
    "try:\n    pass\nexcept:\n",
    "with a:\nb\n",
    "if 1:\n    pass\nelse:\npass\n",
    "if 1:\n    pass\nelif 2:\n",
    "x = 1\n    \n",
    "if 1:\n  \n    x = 1\n",
]:
    check(src)
