# Implicit chaining: __context__ is set when an exception is raised while another is handled.

def describe(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e})")
        e = e.__context__
    return " <- ".join(parts)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(describe(e), e.__suppress_context__, e.__cause__)

# Context is set in finally blocks too.
try:
    try:
        raise KeyError("in try")
    finally:
        raise IndexError("in finally")
except IndexError as e:
    print(describe(e))

# An exception raised after the handler has finished has no context.
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise TypeError("after handler")
except TypeError as e:
    print(describe(e))

# A function called from a handler inherits the handled exception as context.
def helper():
    raise RuntimeError("from helper")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
except RuntimeError as e:
    print(describe(e))

# Re-raising the same exception does not create a self-reference.
try:
    try:
        raise ValueError("same")
    except ValueError as inner:
        raise inner
except ValueError as e:
    print(describe(e), e.__context__ is None)

# Cycles are broken: raising an exception that is already in the context chain.
try:
    try:
        a = ValueError("a")
        try:
            raise a
        except ValueError:
            b = TypeError("b")
            try:
                raise b
            except TypeError:
                raise a
    except ValueError as e:
        print(describe(e))
        raise
except ValueError as e:
    print("outer sees:", describe(e))

# Nested handlers: context is the innermost exception being handled.
try:
    try:
        raise OSError("outer handled")
    except OSError:
        try:
            raise KeyError("inner handled")
        except KeyError:
            pass
        raise LookupError("raised after inner handler")
except LookupError as e:
    print(describe(e))

# Context and explicit cause together.
try:
    try:
        raise ValueError("ctx")
    except ValueError:
        raise TypeError("with cause") from KeyError("cause")
except TypeError as e:
    print(describe(e), "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)

# Setting __context__ by hand.
e1 = ValueError("x")
e1.__context__ = KeyError("manual")
print(describe(e1))
try:
    e1.__context__ = "not an exception"
except TypeError as err:
    print("TypeError", err)

# Generators: the context of an exception raised inside a generator resumed in a handler.
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise
    yield 2
    raise RuntimeError("in generator")
g = gen()
next(g)
try:
    try:
        raise KeyError("active in caller")
    except KeyError:
        next(g)
        next(g)
except RuntimeError as e:
    print(describe(e))

# with statement: __exit__ raising sets context to the body's exception.
class Exit:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError("exit failed")
try:
    with Exit():
        raise ValueError("body failed")
except OSError as e:
    print(describe(e))
