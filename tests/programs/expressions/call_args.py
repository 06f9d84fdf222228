# Calls: positional, keyword, *args, **kwargs, multiple unpackings, and evaluation order.

def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, *[2, 3], 4, *(5,)))
print(show(**{"x": 1}, y=2, **{"z": 3}))
print(show(*"ab", *range(2), k="v", **dict(m=1)))
print(show(*[], **{}))

def f(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=3, a=1))
print(f(*[1, 2, 3], **{"c": 3, "z": 0}))
print(f(1, *(), c=0, **{"d": 9}))

# Keyword arguments may be in any order; ** unpacks mappings with string keys.
def g(x, y, z):
    return x * 100 + y * 10 + z
print(g(z=3, x=1, y=2), g(1, z=3, y=2), g(*[1], **{"z": 3, "y": 2}))

class Mapping:
    def keys(self):
        return ["y", "z"]
    def __getitem__(self, k):
        return {"y": 5, "z": 6}[k]
print(g(4, **Mapping()))

# Argument evaluation order: left to right, then the call.
def trace(label, value=None):
    print("  eval", label)
    return value if value is not None else label
def target(*a, **k):
    return len(a), sorted(k)
print(target(trace("p1"), *trace("star", [1]), trace("p2"), k1=trace("kw1"), **trace("dstar", {"k2": 1})))
print(trace("callee", target)(trace("arg")))

# The same object can be passed many times; arguments are bound, not copied.
lst = []
def append_to(x, target=None):
    target.append(x)
    return target
print(append_to(1, target=lst) is lst, lst)

# Functions as first-class values: stored, passed and returned.
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print([ops[name](3, 4) for name in sorted(ops)])
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
print(compose(str, abs, lambda v: v - 10)(3))

# Calls on the result of calls, and method calls on literals.
def make_adder(n):
    return lambda x: x + n
print(make_adder(1)(2), make_adder(10)(make_adder(1)(1)))
print("-".join(map(str, [1, 2])), "{}{}".format(*"ab"), dict(a=1, **{"b": 2}))

# Builtins accepting keyword arguments.
print(sorted([3, 1, 2], reverse=True), int("ff", base=16), print is print, max([1, 5], key=lambda v: -v))
print(sep_test := "x", end=" ")
print("end of line", sep="|")
print(*"abc", sep="-", end="!\n")

# Large numbers of arguments.
print(len(show(*range(1000))), sum(g(*[1, 2, 3]) for _ in range(3)))
print(show(**{f"k{i}": i for i in range(3)}))

# Keyword names must be strings but needn't be identifiers when unpacked.
print(show(**{"not an identifier": 1, "": 2}))
