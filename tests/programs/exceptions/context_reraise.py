# `__context__` is set when an exception is raised, not when it is re-raised or propagates: a
# context cleared in a `finally` stays cleared, in a plain call, a generator and a context manager.
import sys
from contextlib import contextmanager, ExitStack


class MyException(Exception):
    pass


def cleared():
    exc = MyException()
    try:
        raise exc
    finally:
        exc.__context__ = None


try:
    try:
        raise IndexError("outer")
    except IndexError:
        cleared()
except MyException as e:
    print("plain", repr(e.__context__))


def gen():
    try:
        yield
    except BaseException:
        cleared()


it = gen()
next(it)
try:
    it.throw(IndexError())
except MyException as e:
    print("throw", repr(e.__context__))


@contextmanager
def cm():
    try:
        yield
    except BaseException:
        cleared()


try:
    with cm():
        raise IndexError()
except MyException as e:
    print("with", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(cm())
        raise IndexError()
except MyException as e:
    print("ExitStack", repr(e.__context__))


# A bare `raise` and a `raise e` of a caught exception keep the context it had.
def reraise(bare):
    try:
        raise ValueError("first")
    except ValueError as e:
        e.__context__ = None
        if bare:
            raise
        raise e


for bare in (True, False):
    try:
        try:
            raise KeyError("handled")
        except KeyError:
            reraise(bare)
    except ValueError as e:
        print("reraise", bare, repr(e.__context__))

# A new exception raised while one is handled is chained to it, also across frames and generators.
def raiser():
    raise TypeError("new")


try:
    try:
        raise KeyError("k")
    except KeyError:
        raiser()
except TypeError as e:
    print("chained", repr(e.__context__))


def inner():
    yield
    raise TypeError("from inner")


def outer():
    try:
        raise KeyError("outer")
    except KeyError:
        yield from inner()


g = outer()
next(g)
try:
    next(g)
except TypeError as e:
    print("yield from", repr(e.__context__))

g = outer()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("throw through yield from", repr(e.__context__))
print(sys.exc_info())
