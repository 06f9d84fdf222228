# float() of any buffer, and keywords reaching a float subclass's own __init__.
from array import array

for x in [array("B", b" 3.14  "), array("b", b"-1e3"), memoryview(b"12.5")[1:]]:
    print(float(x))
try:
    float(array("B", b"A" * 16))
except ValueError as e:
    print("ValueError", e)
try:
    float(array("d", [1.0]))
except ValueError as e:
    print("ValueError", type(e).__name__)


class Plain(float):
    pass


class WithInit(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


class WithNew(float):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self


for call in [lambda: Plain(x=0), lambda: Plain(2.5, newarg=1), lambda: float(x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
u = WithInit(2.5, newarg=3)
print(type(u).__name__, float(u), u.newarg)
u = WithNew(2.5, newarg=4)
print(type(u).__name__, float(u), u.newarg)
