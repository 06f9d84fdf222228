# float methods: is_integer, as_integer_ratio, conjugate, real/imag, __trunc__ and friends
import math

for v in [0.0, -0.0, 1.0, 1.5, -2.0, 1e16, 1e300, 0.1, 5e-324, 2.0**-1]:
    print(repr(v), v.is_integer(), v.as_integer_ratio())
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d == 2**55)
n, d = (1e-300).as_integer_ratio()
print(n.bit_length(), d.bit_length(), n / d == 1e-300)
print((1.5).real, (1.5).imag, (1.5).conjugate(), type((1.5).imag).__name__, (-0.0).conjugate())
print((2.7).__trunc__(), (-2.7).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (3.5).__round__())
print((2.675).__round__(2), (1234.5).__round__(-2), type((2.5).__round__()).__name__, type((2.5).__round__(0)).__name__)
print((2.5).__int__(), (2.5).__float__(), (-0.0).__bool__(), (0.5).__bool__(), (2.5).__abs__(), (2.5).__neg__())
print(math.trunc(2.9), math.floor(-2.1), math.ceil(-2.9), int(-2.9), type(math.floor(2.5)).__name__)
print((1e300).__trunc__() == int(1e300), math.floor(1e300) == 10**300)
print(float.__name__, float.__doc__.splitlines()[0], float.__base__, float.__mro__)
print(sorted(n for n in dir(float) if not n.startswith("_")))
print(float.__getformat__("double"), (1.5).__getnewargs__())
print(hasattr(1.0, "bit_length"), hasattr(1.0, "to_bytes"), hasattr(1.0, "numerator"))
for attr in ["bit_length", "numerator", "denominator"]:
    try:
        getattr(1.5, attr)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    (1.5).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1.5).__index__()
except AttributeError as e:
    print(type(e).__name__, e)
index = 1.0
try:
    [1, 2][index]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "ab" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    float.is_integer(5)
except TypeError as e:
    print(type(e).__name__, e)
print(float.__eq__(1.0, 1), float.__eq__(1.0, "1"), float.__lt__(1.0, 2), float.__hash__(1.5) == hash(1.5))
print((0.5).__divmod__(0.2), (0.5).__rdivmod__(2), (2.0).__pow__(3), (2.0).__rpow__(3), (2.0).__pow__(0.5))
print((3.0).__mod__(2), (3.0).__rmod__(7), (3.0).__floordiv__(2), (3.0).__rfloordiv__(7), (3.0).__rtruediv__(6))
print([x.is_integer() for x in (2.0**60, 2.0**60 + 0.5, -7.0, 7.000000000000001, float("1e22"))])
print((7.25).as_integer_ratio(), (-0.75).as_integer_ratio(), (2.0**70).as_integer_ratio())
