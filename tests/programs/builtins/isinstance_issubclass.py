# isinstance/issubclass: tuples, nested tuples, unions, __instancecheck__, errors


class A:
    pass


class B(A):
    pass


class C(B):
    pass


class D:
    pass


print(isinstance(C(), A), isinstance(A(), C), isinstance(B(), (D, A)), isinstance(D(), (A, B)))
print(issubclass(C, A), issubclass(A, C), issubclass(A, A), issubclass(C, (D, (int, (B,)))))
print(isinstance(3, (str, (float, (int,)))), isinstance(3, ()), issubclass(int, ()))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), issubclass(int, object))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(isinstance(None, type(None)), isinstance(3, int | str), isinstance("s", int | None))
print(issubclass(bool, int | str), isinstance(None, int | None))
print(isinstance([], list), isinstance((), list), isinstance({}.keys(), dict))
print(isinstance(1.0, float), isinstance(1, float), isinstance(1j, complex))


class Meta(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", cls.__name__, type(obj).__name__)
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        print("  subclasscheck", cls.__name__, sub.__name__)
        return sub.__name__.startswith("Even")


class Even(metaclass=Meta):
    pass


class EvenMore:
    pass


print(isinstance(4, Even), isinstance(5, Even), isinstance("x", Even))
print(issubclass(EvenMore, Even), issubclass(int, Even))
print(isinstance(Even(), Even))  # exact type match skips __instancecheck__
print(isinstance(4, (str, Even)))


class Liar(type):
    def __instancecheck__(cls, obj):
        return "truthy string"


class L(metaclass=Liar):
    pass


print(isinstance(1, L))


class Proxy:
    @property
    def __class__(self):
        return A


p = Proxy()
print(isinstance(p, A), isinstance(p, Proxy), type(p).__name__, p.__class__.__name__)

cases = [
    (isinstance, (1, 1)),
    (isinstance, (1, (int, 1))),
    (isinstance, (1, [int])),
    (issubclass, (1, int)),
    (issubclass, (int, 1)),
    (issubclass, (int, (str, "x"))),
    (isinstance, (1,)),
    (issubclass, (A(), A)),
]
for fn, args in cases:
    try:
        print(fn(*args))
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)

print(isinstance(1, (int, 1)), issubclass(int, (int, "x")))


class WithBases:
    __bases__ = (A,)


class Fake:
    @property
    def __bases__(self):
        return (A,)


print(issubclass(C, C), issubclass(B, B))
try:
    issubclass(Fake(), A)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(type, object), issubclass(object, type))
