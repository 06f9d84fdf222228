# Every binary operator dispatches to its special method, with the operands it was given.

class Rec:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

def make(op):
    def method(self, other, *extra):
        return f"{self!r}.{op}({other!r}{', ' + repr(extra[0]) if extra else ''})"
    method.__name__ = op
    return method

OPS = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
       "lshift", "rshift", "and", "xor", "or"]
for op in OPS:
    setattr(Rec, f"__{op}__", make(f"__{op}__"))

a, b = Rec("a"), Rec("b")
print(a + b)
print(a - b)
print(a * b)
print(a @ b)
print(a / b)
print(a // b)
print(a % b)
print(divmod(a, b))
print(a ** b)
print(pow(a, b))
print(pow(a, b, 7))
print(a << b)
print(a >> b)
print(a & b)
print(a ^ b)
print(a | b)
print(a + 1, a * "s", a ** None)

# The special method is looked up on the type, not on the instance.
a.__add__ = lambda other: "instance attribute"
print(a + b, a.__add__(b))

# Return values can be anything, including NotImplemented-free odd types.
class Weird:
    def __add__(self, other):
        return None
    def __sub__(self, other):
        return [other]
    def __mul__(self, other):
        return self
w = Weird()
print(w + 1, w - 2, (w * 3) is w)

# Operators on builtin types call the same slots.
print((3).__add__(4), (3).__add__(4.0), (3.0).__add__(4), "a".__add__("b"))
print([1].__mul__(3), (2).__pow__(10), (2).__pow__(10, 1000), (7).__divmod__(2))
print((5).__rsub__(10), (5).__rtruediv__(1), (2).__rpow__(3), "x".__rmul__(3) if hasattr("x", "__rmul__") else None)

class Vector:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"Vector{self.c}"
    def __add__(self, o):
        return Vector(*(x + y for x, y in zip(self.c, o.c)))
    def __sub__(self, o):
        return Vector(*(x - y for x, y in zip(self.c, o.c)))
    def __mul__(self, k):
        return Vector(*(x * k for x in self.c))
    def __matmul__(self, o):
        return sum(x * y for x, y in zip(self.c, o.c))
    def __truediv__(self, k):
        return Vector(*(x / k for x in self.c))
    def __floordiv__(self, k):
        return Vector(*(x // k for x in self.c))
    def __mod__(self, k):
        return Vector(*(x % k for x in self.c))
    def __pow__(self, k, mod=None):
        return Vector(*(pow(x, k, mod) for x in self.c))

v, u = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + u, u - v, v * 2, v @ u, u / 2, u // 4, u % 4, v ** 2, pow(u, 2, 7))
print(v + u * 2 - v, (v + u) @ (u - v))
