# Assigning __bases__: MRO recomputation for the class and its subclasses, the caches that follow,
# the checks (cycles, duplicates, layouts, unacceptable bases) and rollback when a custom mro() fails.


def err(f):
    try:
        f()
    except (TypeError, RuntimeError, AttributeError) as e:
        print(type(e).__name__, e)
    else:
        print("no error")


class C:
    def meth(self):
        return "C"


class C2:
    def __getattribute__(self, attr):
        if attr == "a":
            return 2
        return super().__getattribute__(attr)

    def meth(self):
        return "C2"


class D(C):
    pass


class E(D):
    pass


d, e = D(), E()
print(d.meth(), e.meth())
D.__bases__ = (C2,)
print(d.meth(), e.meth(), d.a, e.a)
print([k.__name__ for k in E.__mro__])
print(C2.__subclasses__() == [D], C.__subclasses__())
print(D.__base__.__name__)

err(lambda: setattr(D, "__bases__", ()))
err(lambda: setattr(D, "__bases__", (D,)))
err(lambda: setattr(D, "__bases__", (E,)))
err(lambda: setattr(D, "__bases__", (C, C)))
err(lambda: setattr(D, "__bases__", [C]))
err(lambda: setattr(D, "__bases__", (C, 1)))
err(lambda: delattr(D, "__bases__"))
err(lambda: setattr(D, "__bases__", (type(None),)))
err(lambda: setattr(D, "__bases__", (C, list)))
err(lambda: setattr(list, "__bases__", (dict,)))


class L(list):
    pass


err(lambda: setattr(L, "__bases__", (dict,)))


class A:
    pass


class B:
    pass


class X(A, B):
    pass


class Y(A, B):
    pass


class Z(X, Y):
    pass


err(lambda: setattr(X, "__bases__", (B, A)))
print([k.__name__ for k in Z.__mro__])


class WorkOnce(type):
    def __new__(mcls, name, bases, ns):
        mcls.flag = 0
        return super().__new__(mcls, name, bases, ns)

    def mro(cls):
        if cls.flag > 0:
            raise RuntimeError("bozo")
        cls.flag += 1
        return type.mro(cls)


class P:
    pass


class Q(P):
    pass


class R(Q):
    pass


class S(Q, metaclass=WorkOnce):
    pass


before = R.__mro__, Q.__mro__, Q.__bases__
err(lambda: setattr(Q, "__bases__", (A,)))
print((R.__mro__, Q.__mro__, Q.__bases__) == before)


# Slots and layouts.
class G:
    __slots__ = ["a", "b"]


class H(G):
    pass


class I:
    __slots__ = ["a", "b"]


err(lambda: setattr(H, "__bases__", (I,)))
print(H.__bases__[0].__name__)
err(lambda: setattr(H, "__bases__", (C,)))
