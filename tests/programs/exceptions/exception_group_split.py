# BaseExceptionGroup.subgroup() and split(): by type, by tuple of types, by predicate; structure kept


def show(label, g):
    if g is None:
        print(label, None)
        return
    print(label, repr(g))


eg = ExceptionGroup("root", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("child", [ValueError("v2"), KeyError("k1"), ExceptionGroup("grandchild", [ValueError("v3")])]),
    OSError("o1"),
])
show("subgroup ValueError:", eg.subgroup(ValueError))
show("subgroup (KeyError, OSError):", eg.subgroup((KeyError, OSError)))
show("subgroup LookupError:", eg.subgroup(LookupError))
show("subgroup ZeroDivisionError:", eg.subgroup(ZeroDivisionError))
print("subgroup Exception returns self:", eg.subgroup(Exception) is eg)
match, rest = eg.split(ValueError)
show("split match:", match)
show("split rest:", rest)
match, rest = eg.split(lambda e: "1" in str(e))
show("predicate match:", match)
show("predicate rest:", rest)
match, rest = eg.split(BaseException)
print("split everything:", match is eg, rest)
match, rest = eg.split(ArithmeticError)
print("split nothing:", match, rest is not None and rest.message)
show("subgroup predicate on groups:", eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "grandchild"))
for bad in [5, "ValueError", (ValueError, 1), None]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(type(e).__name__, e)
beg = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("x")])
m, r = beg.split(Exception)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
eg.add_note("root note")
m, r = eg.split(TypeError)
print(m.__notes__, r.__notes__, m.exceptions[0] is eg.exceptions[1])
try:
    raise eg
except ExceptionGroup as caught:
    m, r = caught.split(OSError)
    print(m.__traceback__ is caught.__traceback__, m.__cause__, m.__context__)
leaves = []


def collect(e):
    if not isinstance(e, BaseExceptionGroup):
        leaves.append(str(e))
    return False


eg.split(collect)
print(sorted(leaves))
