# Explicit (backslash) and implicit (bracket) line joining.

total = 1 + \
        2 + \
    3
print(total)

if total > 5 and \
   total < 10:
    print("joined condition")

values = [
    1,  # first
    2,
        3,   # indentation inside brackets is free
  4,
]
print(values)

mapping = {
    "a": 1,
    "b": (2 +
          3),
}
print(mapping)

result = max(
    10,
    20,
    30
)
print(result)

text = ("no "
        "backslash "
        "needed")
print(text)

def f(a,
      b=2,
      *args,
      c=3,
      **kw):
    return (a, b, args, c, kw)

print(f(1,
        2, 3,
        c=4, d=5))

x = 5; y = 6; print(x + y)
if x: print("one-line if"); print("second statement")
for i in range(2): print("loop", i)
while False: pass
class C: attr = 1; other = 2
print(C.attr, C.other)

expr = [i
        for i
        in range(5)
        if i % 2]
print(expr)

a = b = \
    7
print(a, b)

print(lambda_val := (lambda:
                     42)())

def check(src):
    try:
        code = compile(src, "<src>", "exec")
        ns = {}
        exec(code, ns)
        print(repr(src), "->", ns.get("r"))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno)

for src in [
    "r = 1 + \\\n 2\n",
    "r = 1 + \\ \n 2\n",
    "r = 1 \\# comment\n",
    "r = (1 +\n\n\n 2)\n",
    "r = [1,\n# comment only line\n2]\n",
    "r = 1 +\n2\n",
    "r = \\\n\\\n3\n",
    "r = 'a' \\\n'b'\n",
    "if True:\n    r = 1 \\\n+ 2\n",
    "r = (\n",
    "r = 1\\",
]:
    check(src)
