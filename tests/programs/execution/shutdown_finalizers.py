# At exit, objects that only module namespaces hold are finalised with every global still set
# (__main__'s in definition order, then other modules'), and a failing __del__ is reported
# without changing the exit status.
import json
import struct
import sys


class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, type(sys).__name__, C.__name__, len(keep))


class Failing:
    def __init__(self):
        self.pack = struct.pack

    def __del__(self):
        print("failing del")
        self.pack("I", -42)


keep = [1, 2]
a = C("a")
_b = C("_b")
shared = C("shared")
alias = shared
c = C("c")
json.x = C("json.x")
struct.y = Failing()
print("end of program")
