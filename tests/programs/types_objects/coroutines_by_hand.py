# driving coroutines by hand with send/throw/close, __await__ protocol, no event loop


class Suspend:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield self.label
        return "resumed(%s) with %r" % (self.label, reply)


async def task(name):
    print("  %s started" % name)
    first = await Suspend(name + "-1")
    print("  ", first)
    second = await Suspend(name + "-2")
    print("  ", second)
    return name.upper()


def run(coro, replies):
    result = None
    try:
        yielded = coro.send(None)
        for reply in replies:
            print("yielded", yielded)
            yielded = coro.send(reply)
        print("still yielded", yielded)
    except StopIteration as e:
        result = e.value
    return result


c = task("alpha")
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_frame is not None, c.cr_code.co_name)
print("result:", run(c, ["r1", "r2"]))
print(c.cr_frame, c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def nested():
    a = await task("inner")
    return "outer got " + a


print("result:", run(nested(), [1, 2]))
c2 = task("beta")
c2.send(None)
try:
    c2.throw(ValueError("thrown into coroutine"))
except ValueError as e:
    print(type(e).__name__, e)
c3 = task("gamma")
c3.send(None)
c3.close()
print(c3.cr_frame)


async def simple():
    return 42


s = simple()
try:
    s.send(None)
except StopIteration as e:
    print("simple returned", e.value)
s2 = simple()
try:
    s2.send("x")
except TypeError as e:
    print(type(e).__name__, e)
s2.close()
unstarted = simple()
try:
    next(unstarted)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(unstarted)
except TypeError as e:
    print(type(e).__name__, e)
unstarted.close()


async def awaits_bad():
    await 5


b = awaits_bad()
try:
    b.send(None)
except TypeError as e:
    print(type(e).__name__, e)


class BadAwait:
    def __await__(self):
        return 5


async def awaits_bad_iter():
    await BadAwait()


try:
    awaits_bad_iter().send(None)
except TypeError as e:
    print(type(e).__name__, e)
w = simple().__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("via __await__:", e.value)
for leftover in [s2]:
    leftover.close()
