# A suspended generator caught in a reference cycle is finalised by gc.collect(): close() runs
# its finally blocks, once, and the cycle is freed (nothing lands in gc.garbage).
import gc
import sys
import weakref

log = []


def gen(name):
    try:
        me = yield
        yield 1
    finally:
        log.append(name + " finally")


g = gen("self")
next(g)
g.send(g)
r = weakref.ref(g)
del g
gc.collect()
print(log, r(), gc.garbage)


class Holder:
    pass


h = Holder()
h.g = gen("holder")
next(h.g)
h.g.send(h)
h.self = h
del h
gc.collect()
print(log)


def stubborn():
    try:
        me = yield
        yield 1
    except GeneratorExit:
        log.append("caught GeneratorExit")
        raise


s = stubborn()
next(s)
s.send(s)
del s
gc.collect()
print(log)


def unfinished():
    me = yield
    yield 1


u = unfinished()
next(u)
u.send(u)
r = weakref.ref(u)
del u
gc.collect()
print(r(), gc.garbage)

# Finalised once: a generator resurrected by its finally block is not closed again.
keep = []


def resurrecting():
    try:
        me = yield
        yield 1
    finally:
        keep.append(me)
        log.append("resurrected")


z = resurrecting()
next(z)
z.send(z)
del z
gc.collect()
print(log[-1], len(keep), keep[0].gi_frame)
keep.clear()
gc.collect()
print(log.count("resurrected"))
