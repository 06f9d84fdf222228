# float error messages: division by zero, overflow, conversion failures
import math

for label, fn in [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("-1.5 / -0.0", lambda: -1.5 / -0.0),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0.0 ** -0.5", lambda: 0.0 ** -0.5),
    ("-0.0 ** -3 (paren)", lambda: (-0.0) ** -3),
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("(-10.0) ** 401", lambda: (-10.0) ** 401),
    ("2.0 ** 1024", lambda: 2.0 ** 1024),
    ("1e308 ** 2", lambda: 1e308 ** 2),
    ("(-8.0) ** (1/3)", lambda: (-8.0) ** (1 / 3)),
    ("float(10**400)", lambda: float(10**400)),
    ("10**400 / 1.0", lambda: 10**400 / 1.0),
    ("10**400 * 1.0", lambda: 10**400 * 1.0),
    ("10**400 + 0.5", lambda: 10**400 + 0.5),
    ("1.5 + 10**400", lambda: 1.5 + 10**400),
    ("10**400 // 1.0", lambda: 10**400 // 1.0),
    ("math.exp(1000)", lambda: math.exp(1000)),
    ("math.sqrt(-1)", lambda: math.sqrt(-1)),
    ("math.log(0)", lambda: math.log(0)),
    ("math.log(-1.0)", lambda: math.log(-1.0)),
    ("int(1e400)", lambda: int(1e400)),
    ("math.ldexp(1.0, 2000)", lambda: math.ldexp(1.0, 2000)),
    ("math.pow(0.0, -1)", lambda: math.pow(0.0, -1)),
    ("math.fmod(1.0, 0.0)", lambda: math.fmod(1.0, 0.0)),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("1e308 + 1e308", lambda: 1e308 + 1e308),
    ("float('1e400')", lambda: float("1e400")),
]:
    try:
        print(label, "->", repr(fn()))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(label, "->", type(e).__name__, e)

print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
try:
    1.0 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__, e.args)
try:
    x = 0.0
    x /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    x = 2.0
    x **= 5000
except OverflowError as e:
    print(type(e).__name__, e, e.args)


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")


print([safe_div(a, 0.0) for a in (1.0, -1.0, 0.0)])
print(1e308 * 10 == float("inf"), -1e308 * 10, 2.0**1023 * 2, 1e-323 / 1e10)
