# subclassing float: arithmetic returns float, __new__ validation, repr overrides


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        return super().__new__(cls, value)

    def __repr__(self):
        return "%s°C" % float.__repr__(self)

    def to_f(self):
        return self * 9 / 5 + 32


c = Celsius(21.5)
print(c, repr(c), str(c), c.to_f(), type(c.to_f()).__name__, c + 1, type(c + 1).__name__)
print(c == 21.5, hash(c) == hash(21.5), isinstance(c, float), c.is_integer(), c.hex(), c.real, type(c.real).__name__)
print(f"{c}", f"{c:.1f}", "%s %r %.2f" % (c, c, c), [c], format(c, ""))
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)
print(Celsius(12.5), Celsius(True), Celsius(10**2))


class Approx(float):
    def __eq__(self, other):
        return abs(self - other) < 1e-9

    __hash__ = float.__hash__


a = Approx(0.1 + 0.2)
print(a == 0.3, 0.3 == a, a != 0.3, float(a) == 0.3, a in [0.3], {a: 1}.get(0.30000000000000004))


class Money(float):
    def __add__(self, other):
        return Money(float(self) + float(other))

    __radd__ = __add__

    def __str__(self):
        return "$%.2f" % self


m = Money(1.5) + 2
print(m, type(m).__name__, 2 + Money(1), sum([Money(1), Money(2.25)]), Money(3) * 2)


class Tagged(float):
    pass


t = Tagged(2.5)
t.tag = "x"
print(t, t.tag, vars(t), round(t), type(round(t)).__name__, -t, type(-t).__name__, abs(Tagged(-1)))
print(Tagged.fromhex("0x1p3"), type(Tagged.fromhex("0x1p3")).__name__, float(t), type(float(t)).__name__)
print(int(t), t // 1, t % 1, divmod(t, 1), t ** 2, pow(t, 2), t.as_integer_ratio(), t.conjugate())
print(Tagged("inf"), Tagged("-nan"), Tagged(" 7 "), Tagged(b"1.5"))
print(sorted([Tagged(3), 1.5, Celsius(2)]), max(Tagged(1), 0.5), min(Celsius(5), 5.5))


class NoNeg(float):
    def __neg__(self):
        return "negation refused"


print(-NoNeg(1), +NoNeg(2), type(+NoNeg(2)).__name__)
print(Celsius.__mro__[1] is float, Celsius.__name__, Celsius.__qualname__, type(Celsius).__name__)
