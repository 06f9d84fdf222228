# divmod(), // and %: sign rules for ints and floats, huge values, errors

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (-6, 3), (1, 10**30), (-1, 10**30)]
for a, b in pairs:
    print(a, b, divmod(a, b), a // b, a % b)

for a, b in [(10**40 + 7, 3), (-(10**40) - 7, 3), (2**100, -(2**50) - 1), (-(2**64), 2**32)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)

fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.0, 3.0), (-0.0, 3.0),
          (5.0, float("inf")), (-5.0, float("inf")), (1e300, 1e-300), (3, 0.7)]
for a, b in fpairs:
    print(a, b, divmod(a, b), a // b, a % b)

print(divmod(True, 2), divmod(5, True), divmod(-0.0, -1.0), -0.0 % 5, 0.0 % -5)
print(divmod(float("inf"), 2.0), divmod(float("nan"), 1.0), 5 % float("-inf"))

for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (-5, False), (2**100, 0)]:
    for label, op in [("divmod", divmod), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y)]:
        try:
            op(a, b)
        except ZeroDivisionError as e:
            print(label, a, b, type(e).__name__, e)

for a, b in [(1, "2"), ("a", 2), (1j, 2), (None, 1), ([1], 1)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    1j // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j % 2
except TypeError as e:
    print(type(e).__name__, e)


class D:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


print(divmod(D(), 3), divmod(3, D()))
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
print([divmod(n, 4) for n in range(-5, 6)])
print("%s" % (-7 % 3), -7 % -3, 7 % -3, -7.0 % -3, 7.25 % -3)
