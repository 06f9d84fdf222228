# A frame that ends while a traceback (or anything else) holds its frame object leaves its
# variables to that object: they stay alive, and f_locals shows them.
import gc
import sys
import weakref


class C:
    pass


wr = None


def f():
    global wr
    c = C()
    wr = weakref.ref(c)
    raise ValueError


try:
    f()
except ValueError as e:
    print(wr() is not None, sorted(e.__traceback__.tb_next.tb_frame.f_locals))
gc.collect()
print(wr() is None)


def g():
    x = 6
    y = [x]
    return sys._getframe()


fr = g()
print(fr.f_locals)


def inner(n):
    global wr
    c = C()
    wr = weakref.ref(c)
    if n:
        inner(n - 1)
    raise KeyError(n)


try:
    inner(20)
except KeyError as e:
    print(wr() is not None)
gc.collect()
print(wr() is None)


def closure():
    v = 1

    def h():
        return v
    raise IndexError


try:
    closure()
except IndexError as e:
    print(sorted(e.__traceback__.tb_next.tb_frame.f_locals.items(), key=lambda kv: kv[0])[1])


def outer():
    v = 1

    def setv(x):
        nonlocal v
        v = x
    return sys._getframe(), setv


fr, setv = outer()
print(fr.f_locals['v'])
setv(42)
print(fr.f_locals['v'], fr.f_locals is fr.f_locals)
