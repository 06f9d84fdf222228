# When every candidate returns NotImplemented the operation raises TypeError, with a message
# naming the operator and both operand types.

class A:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented

class B:
    pass

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)

a, b = A(), B()
attempt("a + b", lambda: a + b)
attempt("b + a", lambda: b + a)
attempt("a + a", lambda: a + a)
attempt("a < b", lambda: a < b)
attempt("b > a", lambda: b > a)
attempt("a <= b", lambda: a <= b)
attempt("a == b", lambda: a == b)
attempt("a != b", lambda: a != b)
attempt("a == a", lambda: a == a)
attempt("1 - b", lambda: 1 - b)
attempt("b * 1.5", lambda: b * 1.5)
attempt("b @ b", lambda: b @ b)
attempt("b / 2", lambda: b / 2)
attempt("b // 2", lambda: b // 2)
attempt("b % 2", lambda: b % 2)
attempt("divmod(b, 2)", lambda: divmod(b, 2))
attempt("b ** 2", lambda: b ** 2)
attempt("pow(b, 2, 3)", lambda: pow(b, 2, 3))
attempt("b << 1", lambda: b << 1)
attempt("b >> 1", lambda: b >> 1)
attempt("b & 1", lambda: b & 1)
attempt("b ^ 1", lambda: b ^ 1)
attempt("b | 1", lambda: b | 1)
attempt("'a' + 1", lambda: "a" + 1)
attempt("1 + 'a'", lambda: 1 + "a")
attempt("[] + ()", lambda: [] + ())
attempt("{} | []", lambda: {} | [])
attempt("None + None", lambda: None + None)
attempt("'a' * 'b'", lambda: "a" * "b")
attempt("[1] * 1.0", lambda: [1] * 1.0)
attempt("1 < 'a'", lambda: 1 < "a")
attempt("[] < ()", lambda: [] < ())
attempt("None >= 0", lambda: None >= 0)
attempt("b < b", lambda: b < b)
attempt("1j < 2j", lambda: 1j < 2j)
attempt("{1} < [1]", lambda: {1} < [1])

def aug(op):
    ns = {"x": B()}
    try:
        exec(f"x {op} 1", ns)
    except TypeError as e:
        print(f"x {op} 1 -> TypeError:", e)

for op in ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "|="]:
    aug(op)

# NotImplemented itself: a singleton, with a repr, and (deprecated) truthiness.
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(NotImplemented is NotImplemented, NotImplemented.__reduce__())

# Returning NotImplemented from __eq__ on both sides: == falls back to identity.
class E:
    def __eq__(self, o):
        return NotImplemented
e1, e2 = E(), E()
print(e1 == e1, e1 == e2, e1 != e2, e1 != e1)

# Builtin methods return NotImplemented for foreign types rather than raising.
print((1).__add__("x"), "x".__add__(1) if False else "skip", (1.5).__lt__("a"), [].__eq__(()))
