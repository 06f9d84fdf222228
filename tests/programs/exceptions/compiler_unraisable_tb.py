# An exception reported as unraisable without a traceback of its own is located at the running
# frame; slot wrappers document their slot.
import sys


def gen():
    try:
        yield
    except BaseException:
        yield


seen = []
sys.unraisablehook = lambda u: seen.append(
    (u.exc_type.__name__, str(u.exc_value), u.exc_traceback is not None,
     u.exc_traceback and u.exc_traceback.tb_lineno))


def run():
    g = gen()
    next(g)
    del g


run()
print(seen)

i = gen()
print(i.__next__.__doc__, [].__len__.__doc__, list.__len__.__doc__)
print(int.__add__.__doc__, object.__init__.__doc__)
print(type(run.__call__).__name__, run.__call__.__doc__)
