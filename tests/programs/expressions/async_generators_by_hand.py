# Async generators driven by hand: __anext__().send(None), asend, athrow, aclose.

class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield f"suspended at {self.label}"
        return got

async def agen(n):
    for i in range(n):
        got = await Suspend(i)
        yield f"item {i} (resumed with {got!r})"
    print("  agen finished")

def drive(awaitable, replies=()):
    """Drive an awaitable to completion, returning (suspensions, result or exception)."""
    replies = list(replies)
    seen = []
    value = None
    try:
        while True:
            seen.append(awaitable.send(value))
            value = replies.pop(0) if replies else "reply"
    except StopIteration as e:
        return seen, ("value", e.value)
    except StopAsyncIteration:
        return seen, ("StopAsyncIteration",)

a = agen(2)
print(type(a).__name__, a.__name__)
print(drive(a.__anext__()))
print(drive(a.__anext__(), ["custom"]))
print(drive(a.__anext__()))
print(drive(a.__anext__()))

# asend sends a value into the yield expression.
async def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return
        total += value
acc = accumulator()
print(drive(acc.asend(None)))
print(drive(acc.asend(5)))
print(drive(acc.asend(7)))
print(drive(acc.asend(None)))

# athrow raises inside the generator at the yield.
async def catcher():
    try:
        yield "first"
    except ValueError as e:
        yield f"caught {e}"
c = catcher()
print(drive(c.__anext__()))
print(drive(c.athrow(ValueError("injected"))))
print(drive(c.__anext__()))

# aclose runs cleanup; yielding during aclose is an error.
async def cleanup():
    try:
        yield 1
    finally:
        print("  cleanup ran")
cl = cleanup()
drive(cl.__anext__())
print(drive(cl.aclose()))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
st = stubborn()
drive(st.__anext__())
try:
    drive(st.aclose())
except RuntimeError as e:
    print("RuntimeError", e)

# An async generator with await between yields, consumed with async for inside a coroutine.
async def consumer():
    out = []
    async for item in agen(3):
        out.append(item[:6])
    return out
print(drive(consumer()))

# Async comprehensions inside a coroutine.
async def comp():
    return [x async for x in agen(2)], [x for x in range(2)]
print(drive(comp()))

# StopIteration raised inside an async generator becomes RuntimeError.
async def bad():
    raise StopIteration
    yield
try:
    drive(bad().__anext__())
except RuntimeError as e:
    print("RuntimeError", e)

# Returning a value from an async generator is a SyntaxError.
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("async def f():\n    yield from g()\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
