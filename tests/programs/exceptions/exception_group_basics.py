# ExceptionGroup/BaseExceptionGroup construction rules, attributes, str/repr, derive, nesting

eg = ExceptionGroup("two errors", [ValueError("v"), TypeError("t")])
print(type(eg).__name__, eg.message, eg.exceptions, str(eg), repr(eg), eg.args)
print(len(eg.exceptions), type(eg.exceptions).__name__, isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, str(beg), isinstance(beg, Exception))
auto = BaseExceptionGroup("all plain", [ValueError(1), KeyError(2)])
print(type(auto).__name__, "BaseExceptionGroup of Exceptions becomes ExceptionGroup")
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), KeyError("c")])])
print(repr(nested), str(nested))
errors = [
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", [1]),
    lambda: ExceptionGroup("m", ValueError()),
    lambda: ExceptionGroup(5, [ValueError()]),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("m"),
    lambda: ExceptionGroup("m", [ValueError()], 3),
    lambda: BaseExceptionGroup("m", None),
]
for fn in errors:
    try:
        print(repr(fn()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(ExceptionGroup("tuple ok", (ValueError(),)).exceptions, ExceptionGroup("gen? no", list(e for e in [OSError()])).exceptions)
d = eg.derive([KeyError("derived")])
print(type(d).__name__, d.message, d.exceptions, d.__notes__ if hasattr(d, "__notes__") else "no notes")


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "+", excs)


mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(type(mg).__name__, repr(mg))
m, rest = mg.split(ValueError)
print(type(m).__name__, m.message, m.exceptions, type(rest).__name__, rest.message)
try:
    raise eg
except ExceptionGroup as caught:
    print("caught group:", caught.message, [type(x).__name__ for x in caught.exceptions])
try:
    raise nested
except Exception as caught:
    print("caught via Exception:", type(caught).__name__)


def flatten(group):
    out = []
    for exc in group.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            out.extend(flatten(exc))
        else:
            out.append(repr(exc))
    return out


print(flatten(nested))
single = ExceptionGroup("one", [ZeroDivisionError("z")])
print(str(single), repr(single))
many = ExceptionGroup("many", [ValueError(i) for i in range(5)])
print(str(many), len(many.exceptions))
print(issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__mro__[1].__name__, BaseExceptionGroup.__base__.__name__)
eg2 = ExceptionGroup("msg", [ValueError()])
eg2.add_note("note on group")
print(eg2.__notes__, eg2.exceptions[0].__traceback__)
