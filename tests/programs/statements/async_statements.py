# async def, async with and async for, driven by hand without an event loop.

class Tick:
    """Awaitable that suspends once and returns what the driver sends back."""
    def __await__(self):
        return (yield "tick")

def run(coro):
    """Drive a coroutine to completion, counting suspensions."""
    ticks = 0
    try:
        while True:
            coro.send(None if ticks == 0 else ticks)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

class AsyncCM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    async def __aenter__(self):
        self.log.append(f"aenter {self.name}")
        await Tick()
        return self.name
    async def __aexit__(self, exc_type, exc, tb):
        self.log.append(f"aexit {self.name} {exc_type.__name__ if exc_type else None}")
        await Tick()
        return exc_type is KeyError

class AsyncRange:
    def __init__(self, n):
        self.n, self.i = n, 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1

async def main():
    log = []
    async with AsyncCM("one", log) as a, AsyncCM("two", log) as b:
        log.append(f"body {a} {b}")
    async with AsyncCM("suppress", log):
        raise KeyError("suppressed")
    try:
        async with AsyncCM("propagate", log):
            raise ValueError("escapes")
    except ValueError as e:
        log.append(f"caught {e}")
    total = 0
    async for i in AsyncRange(4):
        total += i
    else:
        log.append("async for else")
    async for i in AsyncRange(10):
        if i == 2:
            break
    else:
        log.append("never")
    squares = [i * i async for i in AsyncRange(3)]
    evens = {i async for i in AsyncRange(6) if i % 2 == 0}
    return log, total, i, squares, evens

result, ticks = run(main())
for line in result[0]:
    print(line)
print(result[1:], "ticks:", ticks)

# An async function is a coroutine function; calling it runs nothing.
async def not_run():
    print("never printed")
c = not_run()
print(type(c).__name__, c.cr_running)
c.close()

# async def with return values, recursion and awaiting other coroutines.
async def fib(n):
    if n < 2:
        return n
    await Tick()
    return await fib(n - 1) + await fib(n - 2)
print(run(fib(10)))

# Errors: async with on a sync manager, async for over a sync iterable.
class SyncCM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def bad_with():
    async with SyncCM():
        pass
async def bad_for():
    async for x in [1, 2]:
        pass
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad_anext():
    async for x in BadAnext():
        pass
for fn in [bad_with, bad_for, bad_anext]:
    try:
        run(fn())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# Syntax errors outside async functions.
for src in ["async with a:\n    pass", "async for x in y:\n    pass", "def f():\n    async with a:\n        pass",
            "async def f():\n    yield from g()", "async def f():\n    x = [i async for i in y]"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
