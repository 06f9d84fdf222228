# sys.set_asyncgen_hooks: firstiter sees each async generator at its first asend/athrow/aclose;
# the finalizer it had then takes over one dropped unfinished. Coroutine origin tracking fills
# cr_origin with where the coroutine was made.
import gc
import sys

print(sys.get_asyncgen_hooks())
print(type(sys.get_asyncgen_hooks()).__name__, sys.get_asyncgen_hooks().firstiter)

seen = []
kept = []


def firstiter(agen):
    seen.append(agen.__name__)


def finalizer(agen):
    print("finalizer got", agen.__name__)
    kept.append(agen)


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")


sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks.finalizer is finalizer, hooks[0] is firstiter)

g = agen()
print("before first step", seen)
step = g.asend(None)
print("after asend()", seen)
try:
    step.send(None)
except StopIteration as e:
    print("yielded", e.value)
del step
del g
gc.collect()
print("kept", [a.__name__ for a in kept])

# A generator never started gets no hooks, and a finished one is not handed to the finalizer.
g2 = agen()
del g2
gc.collect()


async def short():
    yield 1


g3 = short()
try:
    g3.asend(None).send(None)
except StopIteration:
    pass
try:
    g3.asend(None).send(None)
except StopAsyncIteration:
    print("short finished")
del g3
gc.collect()
print("kept", [a.__name__ for a in kept])

# The finalizer in effect at the first step is the one used.
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().firstiter is firstiter, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())

for kw in ({"firstiter": 1}, {"finalizer": "x"}, {"firstiter": 1, "finalizer": print}):
    try:
        sys.set_asyncgen_hooks(**kw)
    except TypeError as e:
        print("TypeError:", e)
print(sys.get_asyncgen_hooks().finalizer is print)
sys.set_asyncgen_hooks(finalizer=None)

# Coroutine origin tracking.
print(sys.get_coroutine_origin_tracking_depth())


async def coro():
    pass


def make():
    return coro()


c = make()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = make()
print([(fn.rsplit("/", 1)[-1], line, name) for fn, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(0)
c = make()
print(c.cr_origin)
c.close()
for bad in (-1, 2**40, "x"):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
