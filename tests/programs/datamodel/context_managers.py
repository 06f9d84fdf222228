# __enter__/__exit__: the value bound by 'as', exception info, suppression, and errors.

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return f"value-of-{self.name}"
    def __exit__(self, exc_type, exc, tb):
        print(f"  exit {self.name}: {exc_type.__name__ if exc_type else None}, {exc!r}, tb={tb is not None}")
        return self.suppress

with CM("plain") as v:
    print("  body", v)

with CM("no-as"):
    print("  body without as")

try:
    with CM("raises"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

with CM("suppresses", suppress=True):
    raise KeyError("hidden")
print("after suppressed exception")

# Multiple items: entered left to right, exited right to left.
with CM("one") as a, CM("two") as b:
    print("  both", a, b)

with (
    CM("p1") as x,
    CM("p2", suppress=True),
):
    print("  parenthesised", x)
    raise RuntimeError("inner suppressed by p2")
print("after parenthesised")

# The inner suppressor hides the exception from the outer manager.
with CM("outer"):
    with CM("inner", suppress=True):
        1 / 0
    print("  between")

# __exit__ return value is truth-tested.
class Returns:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return self.value
for val in [None, 0, "", [], 1, "yes", [0]]:
    try:
        with Returns(val):
            raise ValueError
        print(repr(val), "suppressed")
    except ValueError:
        print(repr(val), "propagated")

# Exceptions raised by __exit__ replace the original, chained as context.
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise TypeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print("TypeError", e, "| context:", repr(e.__context__))

# An exception in __enter__ skips the body and __exit__.
class EnterRaises:
    def __enter__(self):
        raise LookupError("enter failed")
    def __exit__(self, *args):
        print("  never")
try:
    with CM("first"), EnterRaises():
        print("  never")
except LookupError as e:
    print("LookupError", e)

# return/break/continue inside with still call __exit__ with None.
def early():
    with CM("early-return"):
        return "returned"
print(early())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break

# The 'as' target can be any assignment target.
class Store:
    pass
s = Store()
d = {}
with CM("attr") as s.attr, CM("item") as d["k"], CM("tuple") as (t1, *t2):
    pass
print(s.attr, d, t1, t2[:3])

# Missing protocol methods.
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
for obj in [NoEnter(), NoExit(), 5, None]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# Special methods are looked up on the type.
class InstanceOnly:
    pass
io = InstanceOnly()
io.__enter__ = lambda: None
io.__exit__ = lambda *a: None
try:
    with io:
        pass
except TypeError as e:
    print("TypeError", e)
