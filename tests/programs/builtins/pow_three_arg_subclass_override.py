# pow(a, b, m) with instances of int subclasses goes through the subclass's __pow__ / __rpow__.
class I(int):
    def __repr__(self):
        return "I(%r)" % int(self)
    def __pow__(self, other, mod=None):
        if mod is None:
            return I(pow(int(self), int(other)))
        return I(pow(int(self), int(other), int(mod)))

class J(int):
    pass

class F(float):
    pass

print(repr(pow(I(2), I(3), I(5))), repr(pow(I(2), 3, 5)), repr(I(2) ** 3))
print(repr(pow(J(2), 3, 5)), type(pow(J(2), 3, 5)).__name__, pow(2, J(3), J(5)))
print(pow(2, 3, 5), pow(-2, 3, 5), pow(3, -1, 7))
for args in [(2.0, 3, 5), (F(2), 3, 5), (2, 3, 5.0), (J(2), 3.0, 5), ("a", 1, 2), (I(2), 3.0, 5)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print(e)
try:
    pow(J(2), 3, 0)
except ValueError as e:
    print(e)
