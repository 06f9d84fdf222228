# Unary operators and abs() dispatch to __neg__, __pos__, __invert__ and __abs__.

class U:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"U({self.v})"
    def __neg__(self):
        return U(-self.v)
    def __pos__(self):
        return U(+self.v * 10)
    def __invert__(self):
        return U(~self.v)
    def __abs__(self):
        return U(abs(self.v))

u = U(5)
print(-u, +u, ~u, abs(U(-7)), -(-u), ~~u, -+~u)

class Plain:
    pass

p = Plain()
for label, fn in [("-p", lambda: -p), ("+p", lambda: +p), ("~p", lambda: ~p),
                  ("abs(p)", lambda: abs(p)), ("-'s'", lambda: -"s"), ("~1.5", lambda: ~1.5),
                  ("+[]", lambda: +[]), ("-None", lambda: -None), ("abs('x')", lambda: abs("x")),
                  ("~{}", lambda: ~{}), ("-(1,)", lambda: -(1,))]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

# Builtin numbers.
print(-5, +5, ~5, ~-1, ~0, -0.0, +(-0.0), abs(-0.0), -True, +True, ~True, ~False)
print(-(2**100), ~(2**100), abs(-(2**100)), -(1+2j), abs(3+4j), abs(-2.5))
print(abs(-9223372036854775808), -(-9223372036854775808), ~9223372036854775807)

# bool is an int subclass: unary ops give ints.
print(type(-True).__name__, type(~False).__name__, type(abs(True)).__name__)

# Unary ops return whatever the method returns.
class Odd:
    def __neg__(self):
        return "negated"
    def __pos__(self):
        return None
    def __invert__(self):
        return NotImplemented
print(-Odd(), +Odd(), ~Odd())

# Subclass of int keeps int behaviour unless overridden.
class MyInt(int):
    def __neg__(self):
        return "MyInt negation"
m = MyInt(3)
print(-m, +m, type(+m).__name__, ~m, abs(MyInt(-4)), type(abs(MyInt(-4))).__name__)

# not uses truthiness, never __neg__/__invert__.
class T:
    def __bool__(self):
        print("  __bool__ called")
        return False
print(not T())
