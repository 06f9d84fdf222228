# complex arithmetic: + - * / **, mixing with int/float, abs, conjugate, equality

a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a.conjugate(), abs(a), a.real, a.imag)
print(a + 1, 1 + a, a * 2, 2.5 * a, a / 2, 2 / a, a - 0.5, True + a, a * True)
print(1j * 1j, 1j**2, 1j**3, (1 + 1j) ** 2, (1 + 1j) ** 0.5, 2**1j, 1j**1j, (2 + 0j) ** 10)
print(a == 3 + 4j, a != b, 1 + 0j == 1, 1j == 1, 2.0 + 0j == 2, complex(1, 0) == True)
print(abs(1j), abs(-2 + 0j), abs(complex(3e200, 4e200)), abs(complex(-0.0, 0)), abs(3e-200 + 4e-200j))
print((1 + 2j) * (3 + 4j), (1e200 + 1e200j) * 1, (1e300 + 1j) / (1e300 + 1j))
print((1 + 1j) / (1 - 1j), 1 / (1 + 1j), (6 + 8j) / 2j, 1j / 1j, (1 + 2j) / (1e-300 + 1e-300j))
x = 1 + 1j
x += 1
x *= 1j
x -= 2j
x /= 2
x **= 2
print(x)
print(pow(1 + 1j, 2), pow(2j, -1), pow(1j, 0), pow(0j, 0), (0j) ** 2, (0j) ** 0)
print([(1j) ** k for k in range(-2, 5)])
print(sum([1j, 2, 3.5, 1 - 1j]), sum([], 0j), (1 + 2j) * 0, (1 + 2j) * 0.0)
print(hash(1 + 0j) == hash(1), hash(0j) == hash(0), hash(2.5 + 0j) == hash(2.5))
print(complex.__add__(1j, 1), complex.__radd__(1j, 1), (1j).__mul__(2), (1j).__add__("x"), (1j).__pow__(2))
print((1j).__truediv__(2), (1j).__rtruediv__(2), (1j).__neg__(), (1j).__pos__(), (1j).__abs__(), (1j).__bool__(), (0j).__bool__())
for label, fn in [
    ("1j < 2j", lambda: 1j < 2j),
    ("1j > 1", lambda: 1j > 1),
    ("1j <= 1.0", lambda: 1j <= 1.0),
    ("1j // 1", lambda: 1j // 1),
    ("1j % 1", lambda: 1j % 1),
    ("divmod(1j, 1)", lambda: divmod(1j, 1)),
    ("int(1j)", lambda: int(1j)),
    ("float(1j)", lambda: float(1j)),
    ("round(1j)", lambda: round(1j)),
    ("1j / 0", lambda: 1j / 0),
    ("1j / 0j", lambda: 1j / 0j),
    ("0j ** -1", lambda: 0j ** -1),
    ("0j ** 1j", lambda: 0j ** 1j),
    ("1j + 'a'", lambda: 1j + "a"),
    ("1j * [1]", lambda: 1j * [1]),
    ("abs(1e308+1e308j)", lambda: abs(1e308 + 1e308j)),
    ("(1e200j) ** 2", lambda: (1e200j) ** 2),
    ("10j ** 400", lambda: (10 + 10j) ** 400),
    ("pow(1j, 2, 3)", lambda: pow(1j, 2, 3)),
]:
    try:
        print(label, "->", fn())
    except (TypeError, ZeroDivisionError, OverflowError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
print(sorted([3 + 1j, 1 + 5j, 2 + 0j], key=abs), max([1j, 2, -3], key=abs), 1j in [1j], 1 in [1 + 0j])
print((1 + 2j).real.is_integer(), (1.5 + 0j).imag, type((1 + 2j).real).__name__, isinstance(1j, complex))
