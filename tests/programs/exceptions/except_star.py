# except* semantics: each handler sees a subgroup, unhandled parts re-raise, naked exceptions get wrapped


def run(label, exc):
    print("--", label)
    try:
        try:
            raise exc
        except* ValueError as g:
            print("  ValueError handler got", repr(g))
        except* (TypeError, KeyError) as g:
            print("  Type/Key handler got", repr(g))
    except BaseException as leftover:
        print("  escaped:", repr(leftover))


run("mixed group", ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3), OSError(4)]))
run("only values", ExceptionGroup("eg", [ValueError(1), ValueError(2)]))
run("naked ValueError", ValueError("naked"))
run("naked OSError", OSError("unmatched naked"))
run("nested", ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("deep"), OSError("deep os")])]))
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a")])
    except* ValueError:
        raise KeyError("raised in handler")
except BaseException as e:
    print("handler raise:", repr(e), repr(e.exceptions[0].__context__) if isinstance(e, BaseExceptionGroup) else "")
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
    except* ValueError as g:
        raise
except BaseException as e:
    print("bare raise:", repr(e))
try:
    raise ExceptionGroup("eg", [ValueError("x")])
except* ValueError as g:
    print("type of g:", type(g).__name__, g.message, g is not None)
hits = []
try:
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
except* ValueError as g:
    hits.append(len(g.exceptions))
except* Exception:
    hits.append("never")
print("handler ran once with", hits)
for src in [
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept* ExceptionGroup:\n    pass\n",
    "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
]:
    try:
        compile(src, "<star>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise TypeError("plain")
    except* TypeError as g:
        print("naked wrapped into:", repr(g))
finally:
    print("finally after except*")
