# Rich comparisons: the six methods, reflection, defaults for == and !=, and chaining.

class Logged:
    def __init__(self, name, v):
        self.name, self.v = name, v
    def __repr__(self):
        return self.name
    def _log(self, op, other, result):
        print(f"  {self.name}.{op}({other!r}) -> {result}")
        return result
    def __lt__(self, o):
        return self._log("__lt__", o, self.v < o.v) if isinstance(o, Logged) else NotImplemented
    def __le__(self, o):
        return self._log("__le__", o, self.v <= o.v) if isinstance(o, Logged) else NotImplemented
    def __eq__(self, o):
        return self._log("__eq__", o, self.v == o.v) if isinstance(o, Logged) else NotImplemented
    def __gt__(self, o):
        return self._log("__gt__", o, self.v > o.v) if isinstance(o, Logged) else NotImplemented
    __hash__ = None

a, b, c = Logged("a", 1), Logged("b", 2), Logged("c", 3)
print(a < b, a <= b, a == b, a > b)
print("a != b:", a != b)        # default __ne__ inverts __eq__
print("a >= b (reflected to b <= a):", a >= b)
print("chain:", a < b < c)
print("chain short-circuit:", b < a < c)
print("a == 1:", a == 1, "1 == a:", 1 == a, "a != 'x':", a != "x")

# Only __lt__ defined: > uses the reflection of the other operand.
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(x < y, y > x, x > y)
try:
    x <= y
except TypeError as e:
    print("TypeError", e)

# Default equality is identity, default order is undefined.
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
for expr in ["p < q", "p <= q", "p > q", "p >= q", "p < 1", "1 < p"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "TypeError", e)

# Comparison methods may return non-bools; the result is used as-is.
class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __eq__(self, o):
        return [a == b for a, b in zip(self.xs, o.xs)]
    def __lt__(self, o):
        return "less?"
print(Vec(1, 2) == Vec(1, 3), Vec() < Vec())
print(Vec(1) != Vec(1))     # not [True] -> False
try:
    print(Vec(1) < Vec(1) < Vec(1))
except Exception as e:
    print(type(e).__name__, e)

# __ne__ overriding, and __eq__ returning NotImplemented for a foreign type.
class Ne:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return "custom ne"
print(Ne() == 1, Ne() != 1, 1 != Ne(), 1 == Ne())

# Sorting uses __lt__ only.
class Item:
    def __init__(self, k):
        self.k = k
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return f"Item({self.k})"
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(5), Item(4)]), min(Item(9), Item(8)))

# Builtin containers compare element-wise, using identity first.
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), nan == nan, [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print([1, [2, 3]] == [1, [2, 3]], {"a": 1} == {"a": 1.0}, {1, 2} <= {1, 2, 3})
