# Exceptions that cannot propagate go to sys.unraisablehook, which gets an UnraisableHookArgs
# record (err_msg None for a failing __del__); the default hook is sys.__unraisablehook__.
import sys

print(sys.unraisablehook is sys.__unraisablehook__)


class D:
    def __del__(self):
        raise RuntimeError("del failed")


seen = []
sys.unraisablehook = seen.append
d = D()
del d
a = seen[0]
print(type(a).__name__, type(a).__module__)
print(a.exc_type, a.exc_value, a.err_msg, a.object == D.__del__)
print(a.exc_traceback is not None, len(a))
sys.unraisablehook = sys.__unraisablehook__
try:
    sys.__unraisablehook__()
except TypeError as e:
    print("TypeError:", e)
