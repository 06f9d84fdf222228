# int methods and attributes: bit_length, bit_count, as_integer_ratio, real/imag, conjugate...

for n in [0, 1, -1, 2, 7, -8, 255, 256, 2**31, -(2**31), 2**63 - 1, 2**64, -(2**64), 10**100]:
    print(n.bit_length(), n.bit_count(), n.as_integer_ratio() if abs(n) < 2**70 else "big")
print((10**100).as_integer_ratio() == (10**100, 1), (-5).as_integer_ratio(), True.as_integer_ratio())
print((5).real, (5).imag, (5).numerator, (5).denominator, (-5).conjugate(), (2**80).real == 2**80)
print(True.real, True.imag, type(True.real).__name__, True.numerator, False.denominator)
print(type((5).conjugate()).__name__, type(True.conjugate()).__name__, True.conjugate())
print((12).__index__(), (12).__int__(), (12).__float__(), (12).__trunc__(), (12).__floor__(), (12).__ceil__())
print((12).__round__(), (1234).__round__(-2), (-12).__abs__(), (12).__neg__(), (12).__pos__(), (0).__bool__())
print(int.bit_length(-(2**100)), int.bit_count(2**100 - 1), (2**1000).bit_length())
print(hasattr(1, "is_integer"), hasattr(1.0, "is_integer"), hasattr(1, "hex"), hasattr(1, "to_bytes"))
try:
    (5).is_integer()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).hex()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).foo = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.bit_length(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).bit_length(1)
except TypeError as e:
    print(type(e).__name__, e)
print((255).__format__("x"), (255).__format__(""), int.__sizeof__(0) > 0, (3).__getnewargs__())
print(int.__name__, int.__qualname__, int.__module__, int.__base__, bool.__base__)
print(sorted(n for n in dir(int) if not n.startswith("_")))
print(int.__doc__.splitlines()[0])
print((7).__eq__(7), (7).__eq__(7.0), (7).__eq__("7"), (7).__lt__(8), (7).__lt__(8.5), (7).__hash__() == hash(7))
print((1).__divmod__(2), (1).__rdivmod__(7), (5).__sub__(True), (5).__add__(2**70))
print(int.__new__(int, 5), bool.__new__(bool, 1))
print(int.from_bytes(b"\x02", "big").bit_length(), (2**64 - 1).bit_count(), (-(2**64 - 1)).bit_count())
print((5).__class__, (True).__class__, type(5).__mro__, type(True).__mro__)
