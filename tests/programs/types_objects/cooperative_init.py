# cooperative multiple inheritance: every __init__ calls super().__init__ once, in MRO order

log = []


class Root:
    def __init__(self, **kwargs):
        log.append("Root")
        if kwargs:
            raise TypeError("unused arguments: %s" % sorted(kwargs))
        super().__init__()


class Named(Root):
    def __init__(self, name, **kwargs):
        log.append("Named")
        self.name = name
        super().__init__(**kwargs)


class Aged(Root):
    def __init__(self, age, **kwargs):
        log.append("Aged")
        self.age = age
        super().__init__(**kwargs)


class Person(Named, Aged):
    def __init__(self, **kwargs):
        log.append("Person")
        super().__init__(**kwargs)


p = Person(name="Ann", age=30)
print(p.name, p.age, log, [c.__name__ for c in Person.__mro__])
log.clear()
try:
    Person(name="Bob", age=4, extra=1)
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
try:
    Person(name="NoAge")
except TypeError as e:
    print(type(e).__name__, e, log)


class Left:
    def __init__(self):
        print("Left init")
        super().__init__()


class Right:
    def __init__(self):
        print("Right init")
        super().__init__()


class Both(Left, Right):
    pass


Both()


class NonCoop:
    def __init__(self):
        print("NonCoop init (no super call)")


class After:
    def __init__(self):
        print("After init never runs")


class Broken(NonCoop, After):
    pass


Broken()
print([c.__name__ for c in Broken.__mro__])


class Counter:
    instances = 0

    def __new__(cls, *args, **kwargs):
        Counter.instances += 1
        print("__new__", cls.__name__, args, kwargs)
        return super().__new__(cls)

    def __init__(self, value=0):
        print("__init__", value)
        self.value = value


x = Counter(5)
y = Counter(value=7)
print(Counter.instances, x.value, y.value)


class NotSelf:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called because __new__ returned a non-instance")


print(NotSelf())
try:
    object.__init__(x, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)


class TakesArgs:
    def __init__(self, a):
        self.a = a


try:
    TakesArgs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    TakesArgs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
