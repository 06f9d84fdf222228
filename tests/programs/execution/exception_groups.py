# ExceptionGroup construction, nesting, subgroup/split/derive, and how handlers see them.

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
print(eg.args[0], type(eg.args[1]).__name__)

def leaves(group):
    out = []
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            out.extend(leaves(e))
        else:
            out.append(repr(e))
    return out
print(leaves(eg))

# subgroup keeps structure and returns None when nothing matches.
print(repr(eg.subgroup(ValueError)))
print(repr(eg.subgroup((KeyError, TypeError))))
print(eg.subgroup(OSError))
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.subgroup(ExceptionGroup) is eg, eg.subgroup(Exception) is eg)

# split returns (match, rest).
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
m2, r2 = eg.split(Exception)
print(m2 is eg, r2)
m3, r3 = eg.split(OSError)
print(m3, r3 is eg)

# derive is used to build the parts; subclasses can override it.
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        g = MyGroup(self.message + "*", excs)
        g.extra = getattr(self, "extra", None)
        return g
mg = MyGroup("mine", [ValueError("a"), KeyError("b")])
mg.extra = "metadata"
sub = mg.subgroup(ValueError)
print(type(sub).__name__, repr(sub), sub.extra)
print(repr(mg.derive([OSError()])))

# Parts share the original's traceback, cause, context and notes.
try:
    raise ExceptionGroup("tb", [ValueError("x"), TypeError("y")]) from KeyError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    part = caught.subgroup(ValueError)
    print(part.__cause__ is caught.__cause__, part.__traceback__ is caught.__traceback__,
          part.__notes__)

# Construction rules.
def check(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, repr(r))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

check("empty list", lambda: ExceptionGroup("m", []))
check("non-sequence", lambda: ExceptionGroup("m", ValueError()))
check("message not str", lambda: ExceptionGroup(1, [ValueError()]))
check("non-exception member", lambda: ExceptionGroup("m", [1]))
check("BaseException in ExceptionGroup", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
check("BaseExceptionGroup of Exceptions", lambda: BaseExceptionGroup("m", [ValueError()]))
check("BaseExceptionGroup of base", lambda: BaseExceptionGroup("m", [SystemExit()]))
check("one arg", lambda: ExceptionGroup("m"))
check("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
check("tuple of exceptions", lambda: ExceptionGroup("m", (ValueError(), TypeError())))
check("generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))

print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception),
      issubclass(BaseExceptionGroup, Exception), ExceptionGroup.__mro__[1].__name__)

# A plain except clause catches the whole group.
try:
    raise ExceptionGroup("whole", [ValueError()])
except ExceptionGroup as g:
    print("caught whole group:", g.message)
try:
    raise ExceptionGroup("not caught by ValueError", [ValueError()])
except ValueError:
    print("never")
except Exception as g:
    print("generic handler:", type(g).__name__)

# Exception groups with many leaves, split by predicate.
big = ExceptionGroup("nums", [ValueError(i) for i in range(6)])
evens, odds = big.split(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] % 2 == 0)
print([e.args[0] for e in evens.exceptions], [e.args[0] for e in odds.exceptions])
