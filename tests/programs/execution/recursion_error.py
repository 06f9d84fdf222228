# Runaway recursion raises RecursionError, which can be caught; the program carries on.
import sys

print(sys.getrecursionlimit())

def runaway(n):
    return runaway(n + 1)

try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))

# The depth reached is close to the limit.
deepest = [0]
def measure(n):
    deepest[0] = n
    measure(n + 1)
try:
    measure(1)
except RecursionError:
    print("reached within 50 of the limit:", sys.getrecursionlimit() - 50 <= deepest[0] <= sys.getrecursionlimit())

# Mutual runaway recursion.
def ping(n):
    return pong(n)
def pong(n):
    return ping(n)
try:
    ping(0)
except RecursionError as e:
    print("mutual:", e)

# Recursion through special methods.
class Loop:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Loop().a
except RecursionError as e:
    print("__getattr__ loop:", type(e).__name__)

class SelfRepr:
    def __repr__(self):
        return repr(self)
try:
    repr(SelfRepr())
except RecursionError as e:
    print("repr loop:", type(e).__name__)

class AddLoop:
    def __add__(self, other):
        return self + other
try:
    AddLoop() + 1
except RecursionError as e:
    print("__add__ loop:", type(e).__name__)

# The interpreter recovers: normal recursion works again afterwards.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))

# finally blocks run while unwinding from a RecursionError.
count = [0]
def with_finally(n):
    try:
        with_finally(n + 1)
    finally:
        count[0] += 1
try:
    with_finally(0)
except RecursionError:
    print("finally blocks ran:", count[0] > 900)

# Lowering the limit below the current depth is an error; setting bad values too.
def at_depth(n, target):
    if n < target:
        return at_depth(n + 1, target)
    try:
        sys.setrecursionlimit(10)
    except RecursionError as e:
        return f"RecursionError: {e}"
    return "lowered"
print(at_depth(0, 50)[:60])
for bad in [0, -1]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError", e)

# With a huge limit, runaway recursion still ends in RecursionError, not a crash.
sys.setrecursionlimit(10**6)
depth = [0]
def deep_runaway(n):
    depth[0] = n
    deep_runaway(n + 1)
try:
    deep_runaway(1)
except RecursionError as e:
    print("huge limit:", e, depth[0] > 990_000)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
