# assert: raises AssertionError with an optional message evaluated only on failure.

assert True
assert 1, "never evaluated"
assert [0], "non-empty list is true"

def check(fn):
    try:
        fn()
        print("passed")
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)

def a1():
    assert False
def a2():
    assert 1 == 2, "one is not two"
def a3():
    assert [], ["a", "list", "message"]
def a4():
    x = 5
    assert x < 3, f"x is {x}"
def a5():
    assert None, None
def a6():
    assert 0, 42
def a7():
    class Msg:
        def __repr__(self):
            return "Msg()"
        def __str__(self):
            return "str of Msg"
    assert False, Msg()
for fn in [a1, a2, a3, a4, a5, a6, a7]:
    check(fn)

# The message expression is not evaluated when the assertion holds.
def side_effect():
    print("  message evaluated")
    return "msg"
assert True, side_effect()
try:
    assert False, side_effect()
except AssertionError as e:
    print("AssertionError", e)

# __debug__ is True without -O.
print(__debug__)

# assert with a tuple is always true (a classic mistake; it only warns at compile time).
result = eval(compile("1 if (False, 'msg') else 0", "<s>", "eval"))
print(result)

# AssertionError can be raised and caught like any exception.
try:
    raise AssertionError("manual", 1)
except AssertionError as e:
    print(e.args, str(e))
print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__)

# Assertions in loops and functions: the first failure stops execution.
def validate(values):
    for v in values:
        assert isinstance(v, int), f"not an int: {v!r}"
        assert v >= 0, f"negative: {v}"
    return "all valid"
for values in [[1, 2], [1, -2, "x"], [1, "x", -2]]:
    try:
        print(validate(values))
    except AssertionError as e:
        print("invalid:", e)

# An uncaught assertion ends the program with exit status 1.
assert 2 + 2 == 5, "arithmetic is broken"
print("never printed")
