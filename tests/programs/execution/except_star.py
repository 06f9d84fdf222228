# except*: matching parts of an ExceptionGroup, re-raising the rest, and the rules.

def run(eg):
    try:
        raise eg
    except* ValueError as g:
        print("  ValueError part:", repr(g))
    except* TypeError as g:
        print("  TypeError part:", repr(g))

run(ExceptionGroup("g1", [ValueError(1), TypeError(2), ValueError(3)]))
try:
    run(ExceptionGroup("g2", [ValueError("v"), KeyError("unmatched")]))
except ExceptionGroup as rest:
    print("rest:", repr(rest))

# A naked exception is wrapped in a group for the handler.
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped:", repr(g), type(g).__name__)

# Nested groups keep their structure.
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), OSError("c")])])
except* ValueError as g:
    print("nested match:", repr(g))
except* OSError as g:
    print("nested OSError:", repr(g))

# Subclass matching and tuples of types.
try:
    raise ExceptionGroup("eg", [FileNotFoundError("f"), PermissionError("p"), KeyError("k")])
except* (FileNotFoundError, KeyError) as g:
    print("tuple match:", repr(g))
except* OSError as g:
    print("base class match:", repr(g))

# Raising inside an except* clause: the new exception joins a group with the unhandled rest.
try:
    try:
        raise ExceptionGroup("src", [ValueError("x"), TypeError("y")])
    except* ValueError:
        raise KeyError("raised in handler")
except ExceptionGroup as eg:
    print("combined:", repr(eg))
    print("  exceptions:", [repr(e) for e in eg.exceptions])

# Bare raise in except* re-raises the matched part unchanged.
try:
    try:
        raise ExceptionGroup("keep", [ValueError("1"), ValueError("2")])
    except* ValueError:
        print("  re-raising the matched part")
        raise
except ExceptionGroup as eg:
    print("re-raised:", repr(eg))

# else and finally with except*.
try:
    pass
except* ValueError:
    print("never")
else:
    print("else ran")
finally:
    print("finally ran")

# A handler whose body raises nothing consumes its part; the try completes normally.
def consume():
    result = "not handled"
    try:
        raise ExceptionGroup("all", [ValueError(1)])
    except* ValueError:
        result = "handled"
    return result
print(consume())

def check(src):
    try:
        compile(src, "<src>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

check("def f():\n    try:\n        pass\n    except* ValueError:\n        return\n")
check("for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n")
check("for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n")
check("try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n")
check("try:\n    pass\nexcept*:\n    pass\n")
check("try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\n")

# Matching ExceptionGroup itself is forbidden.
for bad in [ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup)]:
    try:
        try:
            raise ValueError
        except* bad:
            pass
    except TypeError as e:
        print("TypeError", e)

# BaseException members make a BaseExceptionGroup.
try:
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
    except* ValueError as g:
        print("matched from base group:", repr(g), type(g).__name__)
except BaseExceptionGroup as rest:
    print("remaining:", repr(rest), type(rest).__name__)
