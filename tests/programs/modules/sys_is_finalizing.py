# sys.is_finalizing() is False while the program and its atexit functions run; sys's functions
# without parameters name themselves with their module when given arguments.
import atexit
import sys

print("running, finalizing:", sys.is_finalizing())
atexit.register(lambda: print("atexit, finalizing:", sys.is_finalizing()))
for f in (sys.is_finalizing, sys.getrecursionlimit, sys.exc_info, sys.exception,
          sys.getdefaultencoding, sys.getfilesystemencoding, sys.getfilesystemencodeerrors,
          sys.get_int_max_str_digits):
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)
print(sys.getfilesystemencoding(), sys.getdefaultencoding())
