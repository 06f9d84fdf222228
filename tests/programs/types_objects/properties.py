# property: getter/setter/deleter, docstrings, read-only errors, inheritance and overriding


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
p = Temperature.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temperature.fahrenheit.fset, Temperature.fahrenheit.__doc__)
print(p.__get__(Temperature(5)), p.__get__(None, Temperature) is p)
manual = property(lambda self: 42, doc="manual doc")
print(manual.__doc__, manual.fget(None), property().fget, property(None, None, None, "d").__doc__)


class Child(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return "child sees %s" % self._c


c = Child(10)
print(c.celsius)
c.celsius = 20
print(c.celsius)


class Lazy:
    def __init__(self):
        self.computed = 0

    @property
    def value(self):
        self.computed += 1
        return self.computed * 10


lz = Lazy()
print(lz.value, lz.value, lz.computed)
lz.__dict__["value"] = "instance dict ignored"
print(lz.value)


class Empty:
    x = property()


try:
    Empty().x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)


class RaisesAttr:
    @property
    def broken(self):
        return self.missing_attribute

    def __getattr__(self, name):
        return "__getattr__ fallback for " + name


print(RaisesAttr().broken)
print(isinstance(Temperature.celsius, property), hasattr(property, "setter"), property.__name__)
