# Default argument values are evaluated once, at definition time, and shared across calls.

def append(item, target=[]):
    target.append(item)
    return target
print(append(1), append(2), append(3, []), append(4))
print(append.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))

# The default expression runs when the def statement runs.
def announce(v):
    print("  evaluating default", v)
    return v
print("before def")
def with_default(x=announce("x-default"), *, k=announce("k-default")):
    return x, k
print("after def")
print(with_default(), with_default(1, k=2))

# Defaults capture the value at definition time, not the variable.
n = 10
def captured(v=n):
    return v
n = 20
print(captured())

# A default can be a mutable dict used as a cache (memoisation idiom).
def fib(k, _cache={0: 0, 1: 1}):
    if k not in _cache:
        _cache[k] = fib(k - 1) + fib(k - 2)
    return _cache[k]
print(fib(90), len(fib.__defaults__[0]))

# __defaults__ and __kwdefaults__ can be inspected and replaced.
def kw(a, b=2, *, c=3, d):
    return a, b, c, d
print(kw.__defaults__, kw.__kwdefaults__)
kw.__defaults__ = (20,)
kw.__kwdefaults__ = {"c": 30, "d": 40}
print(kw(1))
kw.__defaults__ = None
try:
    kw(1)
except TypeError as e:
    print("TypeError", e)
try:
    kw.__defaults__ = [1]
except TypeError as e:
    print("TypeError", e)
try:
    kw.__kwdefaults__ = 5
except TypeError as e:
    print("TypeError", e)

# Defaults in lambdas and methods, each definition evaluating its own.
makers = [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in makers])

class Counter:
    def __init__(self, start=0, log=[]):
        log.append(start)
        self.log = log
c1, c2 = Counter(1), Counter(2)
print(c1.log is c2.log, c1.log)

# Default values may refer to earlier names but not to other parameters.
base = 5
def uses_global(x=base * 2):
    return x
print(uses_global())
try:
    exec("def bad(a, b=a):\n    pass")
except NameError as e:
    print("NameError", e)

# Syntax rules for defaults.
for src in ["def f(a=1, b): pass", "def f(a=1, /, b): pass", "def f(a, b=1, /, c=2): pass",
            "def f(*, a=1, b): pass", "lambda a=1, b: 0"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

# A default that is an expensive object is created only once.
created = []
class Expensive:
    def __init__(self):
        created.append(1)
def use(e=Expensive()):
    return e
use(); use(); use()
print(len(created), use() is use())
