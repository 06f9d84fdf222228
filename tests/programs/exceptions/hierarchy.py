# the builtin exception hierarchy: every class's MRO, and catching by base class

names = sorted(n for n in dir(__builtins__) if isinstance(getattr(__builtins__, n), type) and issubclass(getattr(__builtins__, n), BaseException))
print(len(names))
for n in names:
    cls = getattr(__builtins__, n)
    print(n, [k.__name__ for k in cls.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(IndentationError, SyntaxError))
print(issubclass(TabError, IndentationError), issubclass(UnicodeDecodeError, ValueError), issubclass(KeyboardInterrupt, Exception))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception), issubclass(StopIteration, Exception))
print(EnvironmentError is OSError, IOError is OSError, issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
for exc in [KeyError("k"), ZeroDivisionError(), FileNotFoundError(2, "gone"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")]:
    for base in [LookupError, ArithmeticError, OSError, ValueError, Exception]:
        try:
            raise exc
        except base:
            print(type(exc).__name__, "caught by", base.__name__)
            break
        except BaseException:
            pass
try:
    raise KeyboardInterrupt
except Exception:
    print("not reached")
except BaseException as e:
    print("KeyboardInterrupt is not an Exception:", type(e).__name__)
try:
    try:
        raise IndexError("idx")
    except (KeyError, TypeError):
        print("wrong handler")
except LookupError as e:
    print("outer LookupError handler:", repr(e))


def classify(exc):
    for base in (LookupError, ArithmeticError, OSError, ValueError, RuntimeError, Exception, BaseException):
        if isinstance(exc, base):
            return base.__name__
    return "?"


samples = [KeyError(), IndexError(), OverflowError(), FloatingPointError(), TimeoutError(), UnicodeEncodeError("a", "b", 0, 1, "r"),
           RecursionError(), NotImplementedError(), AssertionError(), SystemExit(), GeneratorExit(), StopIteration()]
for exc in samples:
    print(type(exc).__name__, "->", classify(exc))
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
print(sorted(c.__name__ for c in ConnectionError.__subclasses__()), sorted(c.__name__ for c in UnicodeError.__subclasses__()))
