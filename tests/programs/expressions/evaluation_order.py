# Evaluation order: left to right, with the documented exceptions for assignment.

log = []
def e(label, value=None):
    log.append(label)
    return label if value is None else value

def show(title):
    print(title, log)
    log.clear()

e("a", 1) + e("b", 2) * e("c", 3)
show("binary operators:")
e("f", lambda *a, **k: 0)(e("x"), e("y"), k=e("z"))
show("call:")
{e("k1"): e("v1"), e("k2"): e("v2")}
show("dict display:")
[e(1), e(2), *e("star", [3]), e(4)]
show("list display:")
e("obj", {"k": 0})[e("key", "k")]
show("subscript:")
d = {}
d[e("target key")] = e("value")
show("assignment (value first, then target):")
a = b = e("shared value")
show("chained assignment:")
x, y = e("first", 1), e("second", 2)
show("tuple assignment:")
e("obj", {"k": 1})[e("key", "k")] += e("increment", 1)
show("augmented subscript:")
e("cond", True) and e("right")
show("and:")
e("then") if e("cond", False) else e("else")
show("conditional (condition first):")
[e(f"elt{i}") for i in range(2) if e(f"if{i}", True)]
show("comprehension:")
e("l", 1) < e("m", 2) < e("r", 3)
show("chained comparison:")
f"{e('fa')}{e('fb')}"
show("f-string:")
e("base", 2) ** e("exp", 3)
show("power:")
(lambda p=e("default"): p)
show("lambda default evaluated at definition:")
print(e("print arg"), end="")
print()
show("print:")

# Assignment targets are evaluated left to right after the right-hand side.
class Rec:
    def __setitem__(self, k, v):
        log.append(f"set {k}={v}")
r1, r2 = Rec(), Rec()
e("r1", r1)[e("i1")], e("r2", r2)[e("i2")] = e("rhs", (10, 20))
show("multiple targets:")

# The famous swap idiom and x, x[...] ordering.
x = [0, 0]
i = 0
i, x[i] = 1, 5
print(i, x)
lst = [1, 2, 3]
lst[0], lst[lst[0]] = lst[lst[0]], lst[0]
print(lst)

# Keyword argument evaluation order follows the source order.
def kwfn(**kw):
    return list(kw)
print(kwfn(z=e("z"), a=e("a"), m=e("m")))
show("keywords:")

# Operands of an augmented assignment to a name: the name is read before the RHS runs.
n = 1
def bump():
    global n
    n = 100
    return 1
n += bump()
print(n)

# Default values, decorators and base classes are evaluated in order at definition time.
def deco(label):
    log.append(f"deco {label}")
    return lambda f: f
@deco(e("d1"))
@deco(e("d2"))
def decorated(p=e("default p")):
    pass
show("decorators:")
class Base:
    pass
class C(e("base1", Base), metaclass=e("meta", type)):
    log.append("class body")
show("class statement:")
