# Arithmetic conversions: bool -> int -> float -> complex, and the result type of each mix.

values = [True, 3, 2.5, 1 + 2j]
for a in values:
    row = []
    for b in values:
        r = a + b
        row.append(f"{type(r).__name__}:{r}")
    print(f"{type(a).__name__:>7} + ...", row)

print(type(True + False).__name__, True + False, True * 3, True / 2, True // 2, -True)
print(3 / 2, 3 // 2, 3 % 2, type(4 / 2).__name__, 4 / 2, 2 ** 3, 2 ** -1, type(2 ** -1).__name__)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7 // -2.0)
print(1 + 1.0 == 2, 0.1 + 0.2 == 0.3, 0.1 + 0.2, 1e16 + 1, 2 ** 53 + 1.0, float(2 ** 53 + 1))
print((1 + 2j) * 2, (1 + 2j) / 2, (1 + 2j) ** 2, 1j ** 2, 2 ** 1j)
print(10 ** 20 / 10 ** 10, 10 ** 400 // 10 ** 399, 2 ** 100 / 2 ** 99)

# True division of big ints is correctly rounded.
print(10 ** 30 / 3, (2 ** 64 + 1) / 2, 1 / 3 == 1.0 / 3.0, (10**50 + 1) / 10**50)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 / 10 ** 399, 10 ** -2, 2 ** 0.5)

# Mixed comparisons are exact, not through float conversion.
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308,
      -10 ** 400 < -1e308, 1 == 1.0 == (1 + 0j), 1 < 1.5 < 2)
print(float("inf") > 10 ** 1000, float("nan") == float("nan"), 0 == -0.0, 1 == True)

# Division and modulo by zero.
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "1.0 % 0", "divmod(1, 0)",
             "divmod(1.0, 0.0)", "0 ** -1", "0.0 ** -1", "(0j) ** -1", "1j / 0", "2 ** -1 % 0"]:
    try:
        print(expr, "=", eval(expr))
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__ + ":", e)

# Unsupported combinations.
for expr in ["1 + '1'", "'1' + 1", "[1] + 1", "1 + None", "1j // 1", "1j % 2", "divmod(1j, 1)",
             "1.5 << 1", "1 << 1.5", "1.5 & 1", "'a' - 'b'", "{1} + {2}", "b'a' + 'a'"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "->", type(e).__name__ + ":", e)

# Augmented assignment follows the same conversions.
x = 1
x += 0.5
x *= 2j
print(x, type(x).__name__)
n = True
n += True
print(n, type(n).__name__)
