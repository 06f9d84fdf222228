# Floor division and modulo: signs follow the divisor, divmod consistency, floats and huge ints.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 10 ** 30), (-1, 10 ** 30),
         (10 ** 30 + 1, 7), (-(10 ** 30) - 1, 7), (2 ** 64, -(2 ** 32) - 1)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a} // {b} = {q}, {a} % {b} = {r}, divmod ok: {divmod(a, b) == (q, r)}, identity: {q * b + r == a}")

fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 1), (-0.0, 1), (1, 0.1), (5, float("inf")),
          (-5, float("inf")), (5, float("-inf")), (1e300, 1e-300)]
for a, b in fpairs:
    try:
        print(f"{a!r} // {b!r} = {a // b!r}, % = {a % b!r}, divmod = {divmod(a, b)!r}")
    except OverflowError as e:
        print(a, b, "OverflowError", e)

print(-0.0 % 5, 0.0 % -5, -1e-20 % 1, 1e-20 % -1, 3.0 % float("nan"), float("nan") // 2)
print(7 / 2, -7 / 2, 7 / -2, 1 / 3, 2 / 3, 10 / 5, type(10 / 5).__name__)
print(10 ** 20 // 3, 10 ** 20 / 3, 10 ** 20 % 3, (10 ** 20) // 3.0, 2 ** 200 // 2 ** 100)
print(True // 2, True % 2, 5 // True, 5.5 // True)

# Floor division of floats returns floats (with integral values).
print(7.0 // 2, type(7.0 // 2).__name__, 7 // 2.0, -7 // 2.0, 1e16 // 3)

# Modulo with negative zero and exactness.
print(divmod(-1, 3), divmod(1, -3), divmod(-1.0, 3), divmod(1.0, -3), divmod(0.5, 0.25))
print(6.0 % 3.0, -6.0 % 3.0, 0.3 % 0.1, 1.0 % 0.1)

# Zero divisors.
for expr in ["5 // 0", "5 % 0", "divmod(5, 0)", "5.0 // 0", "5 % 0.0", "divmod(5.0, 0)",
             "0 // 0", "(10 ** 30) // 0", "True // False", "5 / 0", "5.0 / -0.0"]:
    try:
        print(expr, "=", eval(expr))
    except ZeroDivisionError as e:
        print(expr, "->", e)

# Unsupported operands.
for expr in ["'a' // 2", "[1] % 2", "1j // 1", "divmod('a', 1)", "divmod(1j, 1j)"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "->", e)

# Big-int division consistency over many values.
ok = True
for a in range(-50, 51, 7):
    for b in [-13, -5, -1, 1, 4, 9, 10 ** 25, -(10 ** 25)]:
        big_a = a * 10 ** 30 + 17
        q, r = divmod(big_a, b)
        ok = ok and q * b + r == big_a and (r == 0 or (r > 0) == (b > 0)) and abs(r) < abs(b)
print("big consistency:", ok)

# String % formatting is not modulo.
print("%d%%" % 50, "%s" % (1,), "%5.2f|" % 3.14159)
