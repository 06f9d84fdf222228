# classmethod and staticmethod: binding, calling via class/instance, inheritance, wrapping


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @classmethod
    def create(cls, *args):
        return cls(*args)

    @classmethod
    def kind(cls):
        return cls.__name__

    @staticmethod
    def area_of_square(side):
        return side * side

    @staticmethod
    def no_args():
        return "static with no args"


class Circle(Shape):
    pass


print(Shape.kind(), Circle.kind(), Circle("c").kind(), type(Circle.create("x")).__name__, Shape.count)
print(Shape.area_of_square(3), Shape("s").area_of_square(4), Circle.no_args(), Circle("c2").no_args())
cm = Shape.__dict__["create"]
sm = Shape.__dict__["area_of_square"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__(5), callable(sm), callable(cm))
bound = Circle.kind
print(bound.__self__ is Circle, bound.__func__ is Shape.__dict__["kind"].__func__, bound(), type(bound).__name__)
print(Shape.area_of_square is Shape.__dict__["area_of_square"].__func__, Shape.no_args.__name__, Shape.no_args.__qualname__)
km = Shape.__dict__["kind"]
print(km.__get__(None, Circle)(), sm.__get__(None, Shape)(2), km.__get__(Circle("z"))(), cm.__get__(None, Circle)("made").name)


def plain(x):
    return x * 2 if isinstance(x, int) else "bound to " + getattr(x, "__name__", type(x).__name__)


class Holder:
    f = plain
    s = staticmethod(plain)
    c = classmethod(plain)


h = Holder()
print(h.s(4), Holder.s(4), Holder.f(4), h.c(), Holder.c())
try:
    h.f(4)
except TypeError as e:
    print(type(e).__name__, e)
print(staticmethod(plain)(7), classmethod(plain).__func__ is plain, staticmethod(plain).__wrapped__ is plain)
try:
    classmethod(plain)(1)
except TypeError as e:
    print(type(e).__name__, e)


class Registry:
    items = []

    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls

    @classmethod
    @property
    def size(cls):
        return len(cls.items)


Registry.register("a").register("b")
print(Registry.items, Registry.size)


class Alt:
    def __init__(self, v):
        self.v = v

    @classmethod
    def from_string(cls, s):
        return cls(int(s))

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.v)


class AltChild(Alt):
    pass


print(Alt.from_string("5"), AltChild.from_string("6"), AltChild(1).from_string("7"))
print(isinstance(Alt.__dict__["from_string"], classmethod), Alt.from_string.__func__.__qualname__)
