# __index__: where Python needs a true integer (indexing, slicing, bin/hex, range, repetition).

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print(f"  __index__ -> {self.v!r}")
        return self.v

lst = list(range(10))
print(lst[Idx(3)], lst[Idx(-1)])
print(lst[Idx(2):Idx(8):Idx(2)])
print("abcdef"[Idx(1):], (1, 2, 3)[Idx(0)], b"xyz"[Idx(2)], range(100)[Idx(50)])
print(bin(Idx(5)), oct(Idx(8)), hex(Idx(255)))
print(list(range(Idx(3))), range(Idx(1), Idx(10), Idx(4)))
print("ab" * Idx(3), [0] * Idx(2), Idx(2) * "xy")
print(int(Idx(7)) if False else "int() uses __index__ in 3.11:", int(Idx(7)))
print(complex(Idx(3)) if False else "skip complex")
print(round(2.5678, Idx(2)), divmod(17, 5), pow(2, 10, 1000))
l2 = [0, 1, 2, 3, 4]
l2[Idx(1)] = "one"
del l2[Idx(0)]
l2[Idx(0):Idx(2)] = ["x"]
print(l2)
print(format(Idx(10), "b") if False else "format() does not use __index__")
print(bytes(Idx(3)) if False else bytes(3), bytearray(2))

import math
print(math.factorial(Idx(5)) if hasattr(math, "factorial") else None)
print(chr(Idx(65)), "%d" % 3, "%x" % Idx(255), "%c" % Idx(66))

def check(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class BadIndex:
    def __index__(self):
        return "str"
class BoolIndex:
    def __index__(self):
        return True
class SubIntIndex:
    def __index__(self):
        class MyInt(int):
            pass
        return MyInt(4)
class NoIndex:
    pass

check("lst[BadIndex()]", lambda: lst[BadIndex()])
check("lst[NoIndex()]", lambda: lst[NoIndex()])
check("lst[1.0]", lambda: lst[1.0])
check("lst[BadIndex():]", lambda: lst[BadIndex():])
check("lst[NoIndex():]", lambda: lst[NoIndex():])
check("lst['a':]", lambda: lst["a":])
check("lst[:1.5]", lambda: lst[:1.5])
check("lst[::0]", lambda: lst[::0])
check("bin(NoIndex())", lambda: bin(NoIndex()))
check("hex(1.5)", lambda: hex(1.5))
check("range(1.5)", lambda: range(1.5))
check("range(BadIndex())", lambda: range(BadIndex()))
check("'a' * 1.5", lambda: "a" * 1.5)
check("'a' * NoIndex()", lambda: "a" * NoIndex())
check("lst[BoolIndex()]", lambda: lst[BoolIndex()])
check("lst[SubIntIndex()]", lambda: lst[SubIntIndex()])
check("lst[True]", lambda: lst[True])
check("lst[2**100]", lambda: lst[2**100])
check("lst[-2**100]", lambda: lst[-2**100])
check("lst[2**100:]", lambda: lst[2**100:])
check("lst[-2**100:3]", lambda: lst[-2**100:3])
check("'a' * 2**100", lambda: "a" * 2**100)
check("'a' * -5", lambda: "a" * -5)
check("[1] * Idx(-1)", lambda: [1] * Idx(-1))
check("(1).__index__()", lambda: (1).__index__())
check("True.__index__()", lambda: True.__index__())
check("operator-free index of float", lambda: (1.5).__index__())
