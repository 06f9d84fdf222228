# Simple statements: expression statements, pass, semicolons, and statement sequences.

pass
1 + 1
"a string expression statement"
[x for x in range(3)]
None; ...; pass

def uses_pass():
    pass

class UsesPass:
    pass

for _ in range(2):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
with open(__file__):
    pass
print("all pass statements done", uses_pass(), UsesPass.__name__)

# Expression statements are evaluated for their side effects.
calls = []
calls.append(1); calls.append(2); calls.extend([3, 4])
print(calls)
(calls.pop)()
print(calls)

# Several statements on one line, including compound-statement bodies.
a = 1; b = 2; c = a + b; print(a, b, c)
if c > 2: print("c > 2"); print("still in the if")
for i in range(2): print("loop", i); print("  same line")
def one_liner(x): return x * 2
print(one_liner(21))
class OneLine: attr = "x"; other = attr * 2
print(OneLine.attr, OneLine.other)
while True: print("single iteration"); break

# Ellipsis as a placeholder body.
def todo():
    ...
print(todo())

# Docstrings are expression statements that also set __doc__.
def with_doc():
    "the docstring"
    "a second string is just an expression"
print(with_doc.__doc__)

# The value of an expression statement is discarded (in a script; the REPL would print it).
42
"ignored"
print("expression values are not printed by scripts")

# Expression statements that raise.
try:
    [][0]
except IndexError as e:
    print("IndexError", e)

# Statements that look like expressions but are syntax errors.
for src in ["pass;;", "a = 1; ;", "if 1: pass; else: pass", "print('a') print('b')",
            "x = 1 if True", "def f(): pass; def g(): pass", "for x in y: if x: pass"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
