# Nested try statements, handler selection, tuples of types, and the active exception.
import sys

def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup subclass: {type(e).__name__}"
    except ArithmeticError as e:
        return f"arithmetic: {type(e).__name__}"
    except Exception as e:
        return f"other exception: {type(e).__name__}"
    except BaseException as e:
        return f"base exception: {type(e).__name__}"

for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(),
            LookupError(), KeyboardInterrupt(), SystemExit(), GeneratorExit()]:
    print(classify(exc))

# The first matching clause wins, even if a later one is more specific.
try:
    raise KeyError("x")
except LookupError:
    print("LookupError clause first")
except KeyError:
    print("never")

# Exception types from a variable or computed tuple.
handlers = (TypeError, ValueError)
try:
    int("nope")
except handlers as e:
    print("computed tuple caught", type(e).__name__)
nested_tuple = ((TypeError,), (ValueError, (KeyError,)))
try:
    try:
        raise KeyError
    except nested_tuple:
        print("nested tuples are not flattened?")
except TypeError as e:
    print("TypeError", e)

# A non-exception in the except clause is an error when it is checked.
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print("TypeError", e)

# sys.exc_info() shows the exception being handled, innermost first.
def info():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, str(v) if v else None)
print(info())
try:
    raise ValueError("outer")
except ValueError:
    print(info())
    try:
        raise KeyError("inner")
    except KeyError:
        print(info())
    print(info())
print(info())
print(sys.exception())
try:
    raise OSError("for sys.exception")
except OSError:
    print(repr(sys.exception()))

# Exceptions raised in handlers propagate out of the whole try.
def handler_raises():
    try:
        raise ValueError
    except ValueError:
        raise TypeError("from handler")
    except TypeError:
        return "sibling handler is not used"
try:
    handler_raises()
except TypeError as e:
    print("TypeError", e)

# Deep nesting with selective catching at each level.
def level3():
    raise IndexError("level3")
def level2():
    try:
        level3()
    except KeyError:
        return "wrong"
def level1():
    try:
        level2()
    except IndexError as e:
        return f"level1 caught {e}"
print(level1())

# Bare except catches everything, including BaseException subclasses.
try:
    raise GeneratorExit
except:
    print("bare except caught", sys.exc_info()[0].__name__)

# Handlers can be empty with pass; else runs only without exception.
for value in ["1", "x"]:
    try:
        n = int(value)
    except ValueError:
        pass
    else:
        print("converted", n)

# An exception class hierarchy of one's own.
class AppError(Exception): pass
class DbError(AppError): pass
class ConnError(DbError): pass
for exc in [ConnError("c"), DbError("d"), AppError("a")]:
    try:
        raise exc
    except ConnError:
        print("ConnError handler")
    except DbError:
        print("DbError handler")
    except AppError:
        print("AppError handler")
