# vars() and dir(): user classes, modules, __dir__, errors
import math


class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst = 3
        self._private = 4

    def child_method(self):
        pass


c = Child()
print(vars(c))
print(sorted(k for k in vars(Child) if not k.startswith("__")))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(dir(c) == sorted(dir(c)), "__init__" in dir(c), "__class__" in dir(c))
print("inst" in dir(Child), "base_attr" in dir(Child))
vars(c)["added"] = "via vars"
print(c.added)


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid", "alpha"]


print(dir(Custom()))


class TupleDir:
    def __dir__(self):
        return ("b", "a")


print(dir(TupleDir()))


class BadDir:
    def __dir__(self):
        return 5


try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ("a", "b")


s = Slotted()
s.a = 1
try:
    vars(s)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(s) if not n.startswith("__")])

for obj in [1, "s", None, []]:
    try:
        vars(obj)
    except TypeError as e:
        print(type(e).__name__, e)

print("sqrt" in dir(math), "pi" in vars(math), vars(math) is math.__dict__)
print([n for n in dir(int) if not n.startswith("_")])
print([n for n in dir(str) if not n.startswith("_")][:10])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])


def f():
    a = 1
    b = 2
    return dir()


print(f())


def g(x, y=2):
    z = x + y
    return sorted(vars())


print(g(1))
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class WithDictAttr:
    def __init__(self):
        self.__dict__ = {"replaced": True}


print(vars(WithDictAttr()))
