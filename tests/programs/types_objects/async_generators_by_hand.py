# async generators driven manually: __anext__/asend/athrow/aclose awaitables stepped with send()


class Pause:
    def __await__(self):
        value = yield "paused"
        return value


async def agen(n):
    try:
        for i in range(n):
            got = await Pause()
            print("  after pause got", got)
            sent = yield i * 10
            print("  yield returned", sent)
    finally:
        print("  agen finally")


def drive(awaitable, replies=()):
    replies = list(replies)
    try:
        step = awaitable.send(None)
        while True:
            print("  awaitable yielded", step)
            step = awaitable.send(replies.pop(0) if replies else None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"


a = agen(2)
print(type(a).__name__, a.__name__, a.ag_running, a.ag_code.co_name, hasattr(a, "__aiter__"), a.__aiter__() is a)
print("first:", drive(a.__anext__(), ["p1"]))
print("asend:", drive(a.asend("sent-value"), ["p2"]))
print("end:", drive(a.__anext__()))
print("after end:", drive(a.__anext__()))


async def simple():
    yield "x"
    yield "y"


s = simple()
print(drive(s.__anext__()), drive(s.__anext__()), drive(s.__anext__()))
b = agen(3)
print(drive(b.__anext__(), ["q"]))
try:
    drive(b.athrow(KeyError("thrown")), [])
except KeyError as e:
    print("athrow propagated", type(e).__name__, e)
c = agen(3)
print(drive(c.__anext__(), ["z"]))
print("aclose:", drive(c.aclose()))
print("after aclose:", drive(c.__anext__()))


async def collect(gen):
    out = []
    async for item in gen:
        out.append(item)
    return out


print("async for:", drive(collect(simple())))


async def comprehension():
    return [v async for v in simple()]


print("async comprehension:", drive(comprehension()))


async def ignores_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2


ig = ignores_close()
drive(ig.__anext__())
try:
    drive(ig.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)


async def returns_early():
    yield 1
    return


print(drive(collect(returns_early())))
for bad_src in ["async def f():\n    yield 1\n    return 2\n"]:
    try:
        compile(bad_src, "<agen>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    next(simple())
except TypeError as e:
    print(type(e).__name__, e)
