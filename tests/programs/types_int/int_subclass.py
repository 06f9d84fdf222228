# subclassing int: results of arithmetic are plain ints, overridden dunders, __new__


class Meters(int):
    def __repr__(self):
        return "Meters(%d)" % int(self)

    def __add__(self, other):
        return Meters(int(self) + int(other))


m = Meters(5)
print(m, repr(m), str(m), m + 3, type(m + 3).__name__, 3 + m, type(3 + m).__name__)
print(m * 2, type(m * 2).__name__, -m, type(-m).__name__, abs(Meters(-3)), type(abs(Meters(-3))).__name__)
print(m == 5, hash(m) == hash(5), isinstance(m, int), m.bit_length(), m.real, type(m.real).__name__)
print(f"{m}", f"{m:>4}", "%d" % m, "%s" % m, "%r" % m, [m])
print({m: "x"}[5], {5: "y"}[m], sorted([Meters(3), 1, Meters(2)]))


class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError("%d is odd" % value)
        return super().__new__(cls, value)

    def half(self):
        return self // 2


e = Even(10)
print(e, e.half(), type(e.half()).__name__)
try:
    Even(3)
except ValueError as err:
    print(type(err).__name__, err)


class Hexy(int):
    def __str__(self):
        return hex(self)


h = Hexy(255)
print(h, str(h), repr(h), f"{h}", "%s" % h, format(h), format(h, "d"))


class WithAttrs(int):
    pass


w = WithAttrs(7)
w.label = "seven"
print(w, w.label, vars(w), int(w) is not w, type(int(w)).__name__)


class Strange(int):
    def __eq__(self, other):
        return "strange"

    __hash__ = int.__hash__

    def __lt__(self, other):
        return True


s = Strange(1)
print(s == 1, 1 == s, s < 0, 0 > s, s != 1)
print(int.__add__(Meters(2), 3), type(int.__add__(Meters(2), 3)).__name__)


class Base16(int):
    def __new__(cls, text):
        return super().__new__(cls, text, 16)


print(Base16("ff"), Base16("10") + 0, type(Base16("1")).__mro__[0].__name__)


class Idx(int):
    def __index__(self):
        return 100


print([1, 2, 3][Idx(1)], "abc"[Idx(2)], range(10)[Idx(3)], bin(Idx(2)), hex(Idx(5)))


class B(int):
    def __bool__(self):
        return False


print(bool(B(5)), "truthy" if B(5) else "falsy", not B(5))
print(Meters.__mro__[1].__name__, Meters(3).__class__.__name__, int(Meters(3)).__class__.__name__)
print(Meters("12"), Meters(12.9), Meters(b"4"), Meters("z", 36))
try:
    Meters("x")
except ValueError as err:
    print(type(err).__name__, err)
