# The power operator: associativity, precedence with unary minus, types and special cases.

print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2)
print(2 ** 0, 0 ** 0, 0.0 ** 0, 1 ** 1000000, (-1) ** 1000001, (-1) ** 10 ** 20)
print(10 ** 30, 2 ** 100, 3 ** 40, 7 ** 23 % 1000, (-3) ** 3, (-3) ** 4)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 2.0 ** 10, 10 ** -3, 1.5 ** 2)
print((-8) ** (1 / 3))
print((-1) ** 0.5, type((-1) ** 0.5).__name__, (-4.0) ** 0.5)
print(1j ** 2, (1 + 1j) ** 2, 2 ** 1j, (0j) ** 0, 0j ** 1)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__, type(True ** 2).__name__)

# Huge results stay exact for ints.
big = 3 ** 200
print(len(str(big)), big % 1000, str(2 ** 1000)[:20], (2 ** 64) ** 2 == 2 ** 128)

# Float overflow, infinities and nan.
for expr in ["10.0 ** 400", "2.0 ** 1024", "(-10.0) ** 401", "10 ** 400.0", "1e308 * 10",
             "float('inf') ** 2", "float('inf') ** -1", "float('nan') ** 0", "1 ** float('nan')",
             "0.0 ** float('inf')", "2 ** float('-inf')", "(-2.0) ** float('inf')", "0 ** -1.0",
             "(-8.0) ** 0.5"]:
    try:
        print(expr, "=", eval(expr))
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print(expr, "->", type(e).__name__ + ":", e)

# Three-argument pow: modular exponentiation, including negative exponents (inverses).
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(10 ** 20, 10 ** 20, 97))
print(pow(3, -1, 7), pow(2, -3, 11), pow(38, -1, 97), pow(5, 0, 1), pow(5, 0, -1))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (0, -1, 5)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, "->", type(e).__name__ + ":", e)

# pow() and ** with custom types and keywords.
print(pow(2, 8), pow(base=2, exp=8), pow(2, exp=3, mod=5))
class Num:
    def __pow__(self, other, mod=None):
        return f"Num ** {other} mod {mod}"
    def __rpow__(self, other):
        return f"{other} ** Num"
print(Num() ** 2, 3 ** Num(), pow(Num(), 2, 9))

# Augmented power assignment.
x = 3
x **= 3
x **= 0.5
print(x)

# Precedence: ** binds tighter than unary on its left, looser on its right.
print(-3 ** 2, 3 ** -2, 2 ** -1 ** 2, not 2 ** 0, ~2 ** 2, 2 ** ~2)
print(2 * 3 ** 2, (2 * 3) ** 2, 2 ** 2 * 3, 2 ** (2 * 3))
