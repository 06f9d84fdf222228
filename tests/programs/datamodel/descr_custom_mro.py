# A metaclass's mro(): called with __mro__ still None, its result checked, and it may assign the
# class's __bases__ re-entrantly; super() finds nothing after an MRO missing the class.


def err(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
    else:
        print("ok")


class B:
    pass


seen = []


class M(type):
    def mro(cls):
        seen.append(cls.__mro__)
        return type.mro(cls)


class A(metaclass=M):
    pass


print(seen, [k.__name__ for k in A.__mro__])


def make(result):
    class Meta(type):
        def mro(cls):
            return result(cls)

    def f():
        class X(metaclass=Meta):
            pass
        print([k.__name__ for k in X.__mro__])
    err(f)


make(lambda cls: (B,))
make(lambda cls: [cls, int, object])
make(lambda cls: [cls, 1])
make(lambda cls: [])
make(lambda cls: [cls, B, object])


class Once(type):
    step = 0

    def mro(cls):
        if Once.step == 0:
            Once.step = 1
            assert cls.__mro__ is None
            cls.__bases__ += ()
        return type.mro(cls)


class O(metaclass=Once):
    pass


print([k.__name__ for k in O.__mro__], O.__bases__)


class Swap(type):
    ready = False

    def mro(cls):
        if Swap.ready and cls.__name__ == "W":
            Swap.ready = False
            W.__bases__ = (V2,)
        return type.mro(cls)


class U(metaclass=Swap):
    pass


class V1(U):
    pass


class V2(U):
    pass


class W(U):
    pass


Swap.ready = True
W.__bases__ = (V1,)
print(W.__bases__, V2.__subclasses__(), V1.__subclasses__())
V1.__bases__ = (W,)
print([k.__name__ for k in V1.__mro__])
print(type.mro(W) == list(W.__mro__))
