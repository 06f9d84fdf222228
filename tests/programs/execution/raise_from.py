# raise ... from ...: explicit cause, suppression with None, and validation of the cause.

def show(e):
    print(f"{type(e).__name__}({e}) cause={e.__cause__!r} context={e.__context__!r} "
          f"suppress={e.__suppress_context__}")

try:
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise ValueError("converted") from exc
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError:
        raise LookupError("no context shown") from None
except LookupError as e:
    show(e)

# from with an exception class instantiates it.
try:
    raise RuntimeError("with class cause") from KeyError
except RuntimeError as e:
    show(e)

# The cause can be unrelated to the exception being handled.
try:
    raise TypeError("outside any handler") from OSError("io")
except TypeError as e:
    show(e)

# Setting __cause__ manually behaves the same.
e = ValueError("manual")
e.__cause__ = KeyError("m")
print(e.__suppress_context__, repr(e.__cause__))
e.__cause__ = None
print(e.__suppress_context__)

# Invalid causes.
for cause in ["a string", 42, object]:
    try:
        raise ValueError("x") from cause
    except TypeError as err:
        print("TypeError", err)
try:
    ValueError().__cause__ = "bad"
except TypeError as err:
    print("TypeError", err)

# Raising non-exceptions.
for thing in ["text", 1, None, object(), int]:
    try:
        raise thing
    except TypeError as err:
        print("TypeError", err)

# raise Class vs raise instance.
try:
    raise IndexError
except IndexError as err:
    print(repr(err), err.args)
class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.sum = a + b
try:
    raise Custom(1, 2)
except Custom as err:
    print(repr(err), err.sum)
try:
    raise Custom
except TypeError as err:
    print("TypeError", err)

# A class whose constructor returns a non-exception.
class Weird(Exception):
    def __new__(cls, *args):
        return 42
try:
    raise Weird
except TypeError as err:
    print("TypeError", err)

# Chained causes several levels deep.
def level(n):
    if n == 0:
        raise KeyError("root")
    try:
        level(n - 1)
    except Exception as e:
        raise RuntimeError(f"level {n}") from e
try:
    level(3)
except RuntimeError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__cause__
    print(chain)

# from None in a nested handler only suppresses the immediate context.
try:
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError:
        raise KeyError("c") from None
except KeyError as e:
    show(e)
    print("context's context:", repr(e.__context__.__context__))
