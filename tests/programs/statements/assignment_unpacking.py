# Assignment statements: chained, tuple/list targets, nesting, starred targets, attribute and
# subscript targets, and unpacking errors.

a = b = c = []
a.append(1)
print(a, b, c, a is b is c)

x, y = 1, 2
x, y = y, x
print(x, y)

(p, q), r = (1, 2), 3
[s, (t, u)] = "s", ["t", "u"]
print(p, q, r, s, t, u)

first, *rest = [1, 2, 3, 4]
*init, last = (1, 2, 3, 4)
head, *mid, tail = "abcde"
only, *empty = [1]
print(first, rest, init, last, head, mid, tail, only, empty)
print(type(rest).__name__, type(mid).__name__)

(a1, *b1), *c1 = [1, 2, 3], 4, 5
print(a1, b1, c1)

# Any iterable can be unpacked.
k1, k2 = {"one": 1, "two": 2}
g1, g2, g3 = (i * i for i in range(3))
r1, *r2 = range(4)
print(k1, k2, g1, g2, g3, r1, r2)

# Attribute and subscript targets.
class Obj:
    pass
o = Obj()
d = {}
lst = [0, 0, 0]
o.x, d["k"], lst[1] = "attr", "item", "elem"
print(o.x, d, lst)
lst[0:2] = o.y, _ = "ab"
print(lst, o.y, _)

# Targets are assigned left to right; later targets may use earlier ones.
i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
print(i, arr)

# A for loop target list unpacks each item.
for idx, (ch, *others) in enumerate(["ab", "cde"]):
    print(idx, ch, others)

# Unpacking errors.
def check(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

def u1():
    a, b = [1, 2, 3]
def u2():
    a, b, c = [1, 2]
def u3():
    a, *b, c, d = [1, 2]
def u4():
    a, b = 5
def u5():
    a, b = None
def u6():
    (a, b), c = [1, 2], 3, 4
def u7():
    a, b = "abc"
def u8():
    a, b = {1: 2}
def u9():
    [a] = []
check("too many", u1)
check("not enough", u2)
check("starred not enough", u3)
check("int", u4)
check("None", u5)
check("nested too many outer", u6)
check("string too long", u7)
check("dict one key", u8)
check("empty into one", u9)

# Unpacking an infinite iterator fails without hanging.
def forever():
    n = 0
    while True:
        yield n
        n += 1
try:
    a, b = forever()
except ValueError as e:
    print("ValueError", e)
a, *b = iter([1]), 
print(type(a).__name__, b)

# Syntax errors for invalid targets.
for src in ["1 = x", "f() = 1", "a + b = 1", "(a, 1) = 1, 2", "[a, b + 1] = 1, 2", "a, b += 1",
            "None = 1", "x.y.z = 1", "x[1:2] = []", "(yield) = 1", "f'{x}' = 1", "lambda: 1 = 1",
            "a if b else c = 1", "*a, *b = c", "a = *b"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
