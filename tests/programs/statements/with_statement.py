# with statements: single and multiple items, parenthesised forms, targets and nesting.

class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, *exc):
        self.log.append(f"exit {self.name} {exc[0].__name__ if exc[0] else ''}".strip())
        return False

log = []
with CM("a", log) as a:
    log.append(f"body {a}")
print(log)

log = []
with CM("a", log) as a, CM("b", log) as b, CM("c", log):
    log.append(f"body {a}{b}")
print(log)

log = []
with (CM("x", log) as x, CM("y", log) as y):
    log.append("parenthesised")
print(log)

log = []
with (
    CM("p", log),
    CM("q", log) as q,
):
    log.append("multi-line with trailing comma")
print(log)

log = []
with (CM("single", log)):
    pass
with (CM("tuple-like", log)) as t:
    log.append(t)
print(log)

# Targets can be tuples, attributes, subscripts.
class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *exc):
        pass
with Pair() as (one, (two, three)):
    print(one, two, three)
store = {}
with Pair() as store["pair"]:
    pass
print(store)

# Exceptions: exit order and propagation.
log = []
try:
    with CM("outer", log), CM("inner", log):
        raise KeyError("boom")
except KeyError:
    log.append("caught")
print(log)

# An exception in the second __enter__ exits the first.
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *exc):
        print("never")
log = []
try:
    with CM("first", log), FailEnter():
        log.append("never")
except RuntimeError as e:
    log.append(str(e))
print(log)

# Nested with blocks equal the multi-item form.
log = []
with CM("n1", log):
    with CM("n2", log):
        log.append("nested body")
print(log)

# The value of __enter__ is bound, not the manager itself.
class ReturnsOther:
    def __enter__(self):
        return "something else"
    def __exit__(self, *exc):
        pass
m = ReturnsOther()
with m as bound:
    print(bound, bound is m)

# with inside loops with break/continue, and return inside with.
log = []
for i in range(3):
    with CM(f"loop{i}", log):
        if i == 0:
            continue
        if i == 1:
            break
print(log)

def ret():
    log = []
    with CM("ret", log):
        return log
print(ret())

# Files are context managers too (read this very file).
with open(__file__, encoding="utf-8") as fh:
    first_line = fh.readline().rstrip()
print(first_line[:40], fh.closed)

# Syntax errors.
for src in ["with:\n    pass", "with a as 1:\n    pass", "with a as b, :\n    pass", "with (a as b, c as d):\n    pass",
            "with a, (b as c):\n    pass", "with (a, b) as (c, d):\n    pass"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
