# descriptor protocol: data vs non-data precedence, __get__ with None instance, __set_name__, __delete__


class Verbose:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return "class access via %s" % owner.__name__
        return "get %s -> %r" % (self.name, instance.__dict__.get("_" + self.name))

    def __set__(self, instance, value):
        print("  set", self.name, value)
        instance.__dict__["_" + self.name] = value

    def __delete__(self, instance):
        print("  delete", self.name)
        instance.__dict__.pop("_" + self.name, None)


class NonData:
    def __get__(self, instance, owner=None):
        return "non-data descriptor value"


class Model:
    field = Verbose()
    plain = NonData()


m = Model()
print(Model.field, m.field)
m.field = 5
print(m.field, m.__dict__)
m.__dict__["field"] = "instance dict loses to data descriptor"
print(m.field)
del m.field
print(m.field, m.plain)
m.plain = "instance dict wins over non-data descriptor"
print(m.plain, Model.plain)
del m.plain
print(m.plain)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.private, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("expected %s, got %s" % (self.kind.__name__, type(value).__name__))
        setattr(obj, self.private, value)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)


class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")


class Holder:
    answer = ReadOnly()


h = Holder()
try:
    h.answer = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(h.answer)


class OnlyDelete:
    def __delete__(self, obj):
        print("  __delete__ called")


class D:
    x = OnlyDelete()


d = D()
del d.x
print(type(D.__dict__["x"]).__name__, D.x.__class__.__name__)


def func(self):
    return "function is a non-data descriptor"


print(func.__get__(m)(), type(func.__get__(m)).__name__, func.__get__(None, Model) is func)


class CachedProperty:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Expensive:
    calls = 0

    @CachedProperty
    def result(self):
        Expensive.calls += 1
        return "computed once"


e = Expensive()
print(e.result, e.result, Expensive.calls, "result" in vars(e))
print(type(int.__dict__["real"]).__name__, type(str.__dict__["upper"]).__name__, type(object.__dict__["__class__"]).__name__)
