# A generator marked by types.coroutine can be awaited, and yields through the awaiting coroutine.
import types


@types.coroutine
def switch(value):
    got = yield value
    return got * 2


async def main():
    a = await switch("first")
    b = await switch("second")
    return a + b


print(hex(switch.__code__.co_flags & 0x1A0))
c = main()
print(c.send(None))
print(c.send(1))
try:
    c.send(10)
except StopIteration as e:
    print("result", e.value)


def plain():
    yield 1


async def bad():
    await plain()


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
