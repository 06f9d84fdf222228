# method resolution order: C3 linearisation, diamond inheritance, and MRO conflict errors


class O:
    pass


class A(O):
    pass


class B(O):
    pass


class C(O):
    pass


class D(O):
    pass


class E(O):
    pass


class K1(A, B, C):
    pass


class K2(D, B, E):
    pass


class K3(D, A):
    pass


class Z(K1, K2, K3):
    pass


def names(cls):
    return [k.__name__ for k in cls.__mro__]


for cls in [K1, K2, K3, Z]:
    print(cls.__name__, names(cls))
print(Z.mro() == list(Z.__mro__), type(Z.__mro__).__name__, type(Z.mro()).__name__)


class Base:
    def who(self):
        return "Base"


class Left(Base):
    def who(self):
        return "Left>" + super().who()


class Right(Base):
    def who(self):
        return "Right>" + super().who()


class Diamond(Left, Right):
    def who(self):
        return "Diamond>" + super().who()


print(names(Diamond), Diamond().who())
for bases in [(A, K1), (object, A), (B, A, B)]:
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print(type(e).__name__, e)


class X:
    pass


class Y:
    pass


class XY(X, Y):
    pass


class YX(Y, X):
    pass


try:
    class Broken(XY, YX):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class MetaMRO(type):
    def mro(cls):
        return [cls, Base, object]


class Custom(metaclass=MetaMRO):
    pass


print(names(Custom), Custom.who(Custom()) if hasattr(Custom, "who") else "no who")
print(names(bool), names(int), names(object), names(type), names(Exception), names(KeyError))
print(Z.__bases__ == (K1, K2, K3), Z.__base__.__name__, object.__bases__, object.__base__)
print(issubclass(Z, O), issubclass(Z, E), issubclass(K1, K2), [c.__name__ for c in O.__subclasses__()])
