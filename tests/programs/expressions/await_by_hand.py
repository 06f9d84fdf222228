# await with coroutines driven by hand: coro.send(None), custom awaitables, and the errors.

class Suspend:
    """An awaitable that suspends once, handing a value to the driver."""
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield f"suspend:{self.label}"
        return f"resumed {self.label} with {reply!r}"

async def child(n):
    r = await Suspend(f"child{n}")
    return f"child{n} done ({r})"

async def parent():
    a = await child(1)
    b = await child(2)
    return [a, b]

def run(coro, replies=()):
    replies = list(replies)
    value = None
    steps = []
    try:
        while True:
            yielded = coro.send(value)
            steps.append(yielded)
            value = replies.pop(0) if replies else None
    except StopIteration as e:
        return steps, e.value

steps, result = run(parent(), ["r1", "r2"])
print(steps)
print(result)

# A coroutine without any suspension finishes on the first send.
async def immediate():
    return 42
c = immediate()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

# Awaiting a finished coroutine again is an error.
async def awaits_twice(co):
    await co
    await co
done = immediate()
try:
    awaits_twice(done).send(None)
except RuntimeError as e:
    print("RuntimeError", e)

# Sending to a finished coroutine.
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

# throw() and close() on a suspended coroutine.
async def guarded():
    try:
        await Suspend("guarded")
    except ValueError as e:
        return f"guarded caught {e}"
g = guarded()
print(g.send(None))
try:
    g.throw(ValueError("injected"))
except StopIteration as e:
    print("StopIteration", e.value)
g2 = guarded()
g2.send(None)
print(g2.close(), g2.cr_frame)

# __await__ must return an iterator.
class BadAwait:
    def __await__(self):
        return 5
class NotAwaitable:
    pass
async def await_bad(obj):
    return await obj
for obj in [BadAwait(), NotAwaitable(), 5, None]:
    try:
        await_bad(obj).send(None)
    except TypeError as e:
        print("TypeError", e)

# Generators are not awaitable unless decorated; a coroutine is not iterable.
def plain_gen():
    yield
try:
    await_bad(plain_gen()).send(None)
except TypeError as e:
    print("TypeError", e)
co = immediate()
try:
    iter(co)
except TypeError as e:
    print("TypeError", e)
co.close()

# An awaitable built from a generator-based __await__ that returns immediately.
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return iter(())          # exhausted iterator: the await result is None
async def ready():
    return await Ready(1)
try:
    ready().send(None)
except StopIteration as e:
    print("Ready result:", e.value)

# cr_ attributes while running.
async def inspect():
    await Suspend("inspect")
i = inspect()
print(i.cr_running, i.cr_await, i.cr_code.co_name)
i.send(None)
print(i.cr_await is not None, type(i.cr_frame).__name__)
i.close()

# await outside an async function is a SyntaxError.
for src in ["await x", "def f():\n    await x", "async def f():\n    yield from x"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
