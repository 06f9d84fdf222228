# Augmented assignment: __iop__ first, falling back to __op__ and then __rop__.

class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        print("  __iadd__")
        self.v += o
        return self
    def __add__(self, o):
        print("  __add__")
        return Acc(self.v + o)
    def __isub__(self, o):
        print("  __isub__ -> NotImplemented")
        return NotImplemented
    def __sub__(self, o):
        print("  __sub__")
        return Acc(self.v - o)
    def __imul__(self, o):
        print("  __imul__ returns something else")
        return "replaced"

a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
a *= 3
print(a)

class OnlyBinary:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyBinary(self.v + o)
    def __repr__(self):
        return f"OnlyBinary({self.v})"
x = OnlyBinary(1)
y = x
x += 1
print(x, y, x is y)

class RightSide:
    def __radd__(self, o):
        return f"radd({o})"
    def __rpow__(self, o):
        return f"rpow({o})"
z = 5
z += RightSide()
print(z)
z = 2
z **= RightSide()
print(z)

# All in-place operators.
class All:
    def __repr__(self):
        return "All"
for name in ["iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow",
             "ilshift", "irshift", "iand", "ixor", "ior"]:
    setattr(All, f"__{name}__", (lambda n: lambda self, o: f"{n}({o})")(name))
results = []
for op in ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "|="]:
    t = All()
    ns = {"t": t}
    exec(f"t {op} 1", ns)
    results.append(ns["t"])
print(results)

# Lists extend in place (same object), tuples and strings rebind.
lst = [1]
alias = lst
lst += [2]
lst += (3, 4)
lst += "ab"
print(lst, alias is lst)
tup = (1,)
talias = tup
tup += (2,)
print(tup, talias, tup is talias)
s = "a"
s += "b"
print(s)
try:
    lst2 = [1]
    lst2 = lst2 + (2,)
except TypeError as e:
    print("TypeError", e)

# Subscript and attribute targets are evaluated once, then get/set.
class Box:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, k):
        print("  getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("  setitem", k, v)
        self.data[k] = v
def key():
    print("  key()")
    return "k"
box = Box()
box[key()] += 10
print(box.data)

# A tuple inside a tuple: the classic "+= on a list in a tuple" quirk.
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
