# int(), float(), complex(), round(), math.trunc/floor/ceil dispatch to special methods.
import math

class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
    def __round__(self, ndigits=None):
        return f"round({ndigits})"
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __index__(self):
        return 7

n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), round(n, None))
print(math.trunc(n), math.floor(n), math.ceil(n))
print(bin(n), "%d" % n, "%x" % n, "%.1f" % n)

class IndexOnly:
    def __index__(self):
        return 9
print(int(IndexOnly()), float(IndexOnly()), complex(IndexOnly()))

class FloatOnly:
    def __float__(self):
        return 0.5
print(float(FloatOnly()), complex(FloatOnly()))
try:
    int(FloatOnly())
except TypeError as e:
    print("TypeError", e)
print(math.floor(FloatOnly()), math.ceil(FloatOnly()), math.sqrt(FloatOnly()))

class TruncOnly:
    def __trunc__(self):
        return 11
print(int(TruncOnly()))

def check(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Bad:
    def __int__(self):
        return "no"
    def __float__(self):
        return 1
    def __complex__(self):
        return 1.0
    def __index__(self):
        return 1.5

class Empty:
    pass

check("int(Bad())", lambda: int(Bad()))
check("float(Bad())", lambda: float(Bad()))
check("complex(Bad())", lambda: complex(Bad()))
check("int(Empty())", lambda: int(Empty()))
check("float(Empty())", lambda: float(Empty()))
check("complex(Empty())", lambda: complex(Empty()))
check("round(Empty())", lambda: round(Empty()))
check("round(Empty(), 1)", lambda: round(Empty(), 1))
check("math.trunc(Empty())", lambda: math.trunc(Empty()))
check("math.floor(Empty())", lambda: math.floor(Empty()))
check("int(None)", lambda: int(None))
check("float(None)", lambda: float(None))
check("float([])", lambda: float([]))
check("complex('1+2j', 1)", lambda: complex("1+2j", 1))

class SubFloat(float):
    pass
class ReturnsSubFloat:
    def __float__(self):
        return SubFloat(3.5)
r = ReturnsSubFloat()
check("float(ReturnsSubFloat())", lambda: float(r))

class MyInt(int):
    def __int__(self):
        return 5
check("int(MyInt(3))", lambda: int(MyInt(3)))
check("type(int(MyInt(3)))", lambda: type(int(MyInt(3))).__name__)

# round() and friends on builtins.
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2),
      round(1350, -2), round(5, 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(math.trunc(-2.7), math.floor(-2.7), math.ceil(-2.2), math.floor(10**20 + 0.0))
print(int(-2.9), int(2.9), int("  12  "), int(True), float(True), complex(True), complex(1, 2))
check("int(float('inf'))", lambda: int(float("inf")))
check("int(float('nan'))", lambda: int(float("nan")))
check("round(float('inf'))", lambda: round(float("inf")))
check("math.floor(float('nan'))", lambda: math.floor(float("nan")))
