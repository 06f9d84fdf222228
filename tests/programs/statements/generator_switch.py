# Generators resumed by a for loop, by `yield from`/`await` and by natives (sum, list, max): the
# values, the ends and the errors each resumer sees.

def count(n):
    for i in range(n):
        yield i
    return "done"


def relay(n):
    got = []
    r = yield from count(n)
    got.append(r)
    x = yield "after"
    got.append(x)
    return got


total = 0
for v in count(5):
    total += v
print(total)

g = relay(3)
print(list(g))

g = relay(2)
print(next(g), next(g), next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("returned", e.value)


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)


def through():
    r = yield from echo()
    yield ("inner returned", r)


t = through()
print(next(t), t.send("a"), t.send("b"), t.send(None))

print(sum(x * x for x in count(10)), max(count(7)), list(count(0)))


def boom():
    yield 1
    raise KeyError("k")


try:
    print(sum(boom()))
except KeyError as e:
    print("KeyError", e)

try:
    for v in boom():
        print("got", v)
except KeyError as e:
    print("loop KeyError", e)


def selfish():
    yield 1
    for v in me:
        yield v


me = selfish()
try:
    print(list(me))
except ValueError as e:
    print("ValueError", e)


def fresh():
    yield from unstarted


def child():
    x = yield "first"
    yield x


unstarted = child()
f = fresh()
print(next(f), f.send("to child"))

unstarted2 = child()
try:
    unstarted2.send("too early")
except TypeError as e:
    print("TypeError", e)


def stop_inside():
    yield 1
    raise StopIteration("inner")


try:
    for v in stop_inside():
        print("v", v)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


class Awaitable:
    def __await__(self):
        x = yield "suspend"
        return x * 2


async def coro():
    a = await Awaitable()
    b = await Awaitable()
    return a + b


c = coro()
print(c.send(None), c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print("coro returned", e.value)


def tree(depth):
    if depth == 0:
        yield depth
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


print(sum(tree(10)), list(tree(2)))

gens = [count(3) for _ in range(3)]
print([list(g) for g in gens], [list(g) for g in gens])

g = count(4)
for v in g:
    if v == 1:
        break
print(list(g))

g = count(3)
print(next(g))
g.close()
print(list(g))
