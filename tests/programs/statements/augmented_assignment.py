# Augmented assignment: every operator, targets evaluated once, in-place vs rebinding.

n = 10
n += 5; print(n, end=" ")
n -= 3; print(n, end=" ")
n *= 4; print(n, end=" ")
n //= 5; print(n, end=" ")
n %= 7; print(n, end=" ")
n **= 3; print(n, end=" ")
n <<= 2; print(n, end=" ")
n >>= 1; print(n, end=" ")
n &= 0b111100; print(n, end=" ")
n |= 1; print(n, end=" ")
n ^= 0xff; print(n, end=" ")
n /= 4; print(n)

s = "ab"
s += "cd"
s *= 2
print(s)

# Subscript and attribute targets are evaluated once.
calls = []
def index(i):
    calls.append(i)
    return i
data = [1, 2, 3]
data[index(1)] += 10
print(data, calls)

class Holder:
    def __init__(self):
        self.count = 0
        self.gets = 0
    def __getattribute__(self, name):
        if name == "count":
            object.__setattr__(self, "gets", object.__getattribute__(self, "gets") + 1)
        return object.__getattribute__(self, name)
h = Holder()
h.count += 1
h.count += 1
print(h.count, h.gets)

def get_holder():
    calls.append("holder")
    return h
get_holder().count += 5
print(h.count, calls)

# Mutable vs immutable: += mutates lists in place but rebinds tuples/strs/ints.
lst = [1]
alias = lst
lst += [2]
print(alias)
tup = (1,)
talias = tup
tup += (2,)
print(talias, tup)

# Dict item augmented assignment requires the key to exist.
counts = {}
try:
    counts["x"] += 1
except KeyError as e:
    print("KeyError", e)
counts["x"] = 0
counts["x"] += 1
print(counts)

# Augmented assignment to a global/nonlocal name.
total = 0
def add(v):
    global total
    total += v
add(3); add(4)
print(total)
def outer():
    acc = []
    def inner():
        nonlocal acc
        acc += ["x"]
    inner(); inner()
    return acc
print(outer())

# Slices as targets.
arr = [1, 2, 3, 4]
arr[1:3] += ["extra"]
print(arr)
arr[::2] *= 1
print(arr)

# Errors.
for src in ["x += 1", "(a, b) += 1", "[a] += 1", "f() += 1", "a.b += 1", "*a += 1"]:
    try:
        exec(compile(src, "<s>", "exec"), {"a": type("A", (), {"b": 1})})
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
    except NameError as e:
        print(repr(src), "NameError:", e)

for expr in ["v = [1]; v -= [1]", "v = 'a'; v -= 'a'", "v = (1,); v *= 1.5", "v = {1}; v += {2}",
             "v = None; v += 1"]:
    try:
        exec(expr)
    except TypeError as e:
        print(repr(expr), "TypeError:", e)

# Set and dict in-place operators.
st = {1, 2}
sa = st
st |= {3}
st &= {1, 3}
st -= {1}
st ^= {4}
print(st, sa is st)
dd = {"a": 1}
dd |= {"b": 2}
dd |= [("c", 3)]
print(dd)
