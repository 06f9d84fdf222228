# behaviour inherited from object: default __eq__/__hash__/__repr__ shape, __init_subclass__, __class__


class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, a.__eq__(b), a.__ne__(a), a.__eq__(a), hash(a) == hash(a), a.__hash__() == hash(a))
print(repr(a).startswith("<__main__.Plain object at 0x"), str(a) == repr(a), format(a, "") == str(a))
for fn in [lambda: a < b, lambda: a <= b, lambda: a > b, lambda: a >= b, lambda: format(a, "x"), lambda: a + b, lambda: a()]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
print(a.__lt__(b), a.__gt__(b), object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b))
print(sorted(n for n in dir(object)), len(dir(a)) > len(dir(object)))
print(object.__new__(Plain).__class__.__name__, object().__class__, type(object()).__name__)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
a.__class__ = type("Other", (), {})
print(type(a).__name__, isinstance(a, Plain))
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)


class Registry:
    subclasses = []

    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)


class One(Registry, tag="first"):
    pass


class Two(One):
    pass


print(Registry.subclasses, One.tag, Two.tag)
try:
    class Bad(Registry, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Named:
    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)
        self.name = name


class Host:
    first = Named()
    second = Named()


print(Host.first.name, Host.second.name)


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__, EqOnly() == 5, EqOnly() != 5)


class HashAndEq:
    def __eq__(self, other):
        return isinstance(other, HashAndEq)

    def __hash__(self):
        return 7


print(hash(HashAndEq()), HashAndEq() == HashAndEq(), len({HashAndEq(), HashAndEq()}))


class Reduce:
    def __init__(self):
        self.v = 1


r = Reduce()
print(r.__reduce_ex__(2)[0].__name__, r.__getstate__(), object().__getstate__(), r.__sizeof__() > 0)
print(object.__subclasshook__(int), Plain.__subclasshook__(), object.__init_subclass__(), object.__doc__.splitlines()[0])
print(isinstance(Plain, object), isinstance(object, object), type.__base__, object.__class__, Plain.__class__)
