# sys.exc_info() and sys.exception(-free): inside/outside handlers, nesting, after handler, in finally
import sys

print(sys.exc_info())
try:
    raise ValueError("first")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, v.__traceback__ is tb)
    try:
        raise KeyError("nested")
    except KeyError:
        print("nested:", sys.exc_info()[0].__name__, sys.exc_info()[1])
    print("back in outer handler:", sys.exc_info()[0].__name__, sys.exc_info()[1])
print("after handler:", sys.exc_info())


def inspect_from_function():
    return sys.exc_info()[1]


try:
    raise TypeError("seen by callee")
except TypeError:
    print("callee sees:", repr(inspect_from_function()))
try:
    try:
        raise IndexError("in finally")
    finally:
        print("in finally:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
except IndexError:
    pass


def generator():
    try:
        yield sys.exc_info()[1]
    finally:
        pass


try:
    raise OSError("outside generator")
except OSError:
    g = generator()
    print("generator sees:", repr(next(g)))
print("generator after:", repr(next(generator())))
try:
    raise RuntimeError("saved")
except RuntimeError:
    saved = sys.exc_info()
print(saved[0].__name__, saved[1], saved[2] is saved[1].__traceback__)
try:
    1 / 0
except ZeroDivisionError:
    try:
        raise
    except ZeroDivisionError as again:
        print("bare raise re-raises current:", again)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)


def raise_in_handler():
    try:
        raise ValueError("v")
    except ValueError:
        raise TypeError("t")


try:
    raise_in_handler()
except TypeError:
    print("handler-raised:", sys.exc_info()[1], "context:", repr(sys.exc_info()[1].__context__))
print(sys.exc_info() == (None, None, None))
with_block_info = []


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        with_block_info.append((et.__name__ if et else None, str(ev) if ev else None, sys.exc_info()[0] is et))
        return True


with Manager():
    raise LookupError("suppressed by __exit__")
with Manager():
    pass
print(with_block_info)
