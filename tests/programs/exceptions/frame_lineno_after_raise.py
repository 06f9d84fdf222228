# The frame object of a traceback entry follows its frame to the line it left from (3.11 f_lineno).
def lineno_after_raise(f, *expected):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    lines = []
    t = t.tb_next
    while t:
        frame = t.tb_frame
        lines.append(None if frame.f_lineno is None else frame.f_lineno - frame.f_code.co_firstlineno)
        t = t.tb_next
    print(f.__name__, tuple(lines), expected, tuple(lines) == expected)
def simple():
    1/0
    pass
def in_try():
    try:
        1/0
    finally:
        pass
def other_except():
    try:
        1/0
    except TypeError as ex:
        pass
def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass
def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass
def in_with():
    class C:
        def __enter__(self): return self
        def __exit__(self, *a): pass
    with C():
        1/0
        pass
lineno_after_raise(simple, 1)
lineno_after_raise(in_try, 4)
lineno_after_raise(other_except, 3)
lineno_after_raise(in_named_except, 4)
lineno_after_raise(in_finally_except, 4)
import sys
def g():
    try:
        1/0
    except ZeroDivisionError:
        f = sys._getframe()
        return f
fr = g()
print(fr.f_lineno - g.__code__.co_firstlineno)
