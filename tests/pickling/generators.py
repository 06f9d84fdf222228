# Generators, coroutines and async generators pickle with their suspended frame, under every
# protocol and through copy; the copy goes on independently of the original.
import copy
import pickle


def numbers(n):
    total = 0
    for i in range(n):
        got = yield i * 10
        if got:
            total += got
    return total


g = numbers(5)
print(next(g), next(g))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    c = pickle.loads(pickle.dumps(g, proto))
    print(proto, c.send(7), list(c))
print("original", list(g))


def nested():
    # A frame inside a try/except and a with block, with a live iterator on its stack.
    class Ctx:
        def __enter__(self):
            print("enter")
            return self

        def __exit__(self, *a):
            print("exit", a[0])

    with Ctx():
        try:
            raise KeyError("k")
        except KeyError as e:
            for ch in "ab":
                yield ch, repr(e)
    yield "after"


n = nested()
print(next(n))
n2 = copy.deepcopy(n)
print(list(n2))
print(list(n))

# Not started, finished, and a `yield from` chain.
fresh = numbers(2)
print(list(pickle.loads(pickle.dumps(fresh))), list(fresh))
done = numbers(1)
list(done)
print(list(pickle.loads(pickle.dumps(done))))


def outer():
    r = yield from numbers(3)
    yield "returned", r


o = outer()
print(next(o), o.send(5))
o2 = pickle.loads(pickle.dumps(o))
print(list(o2), list(o))

# A generator expression. A shallow copy shares what the frame holds (its range iterator), as
# copying a list shares its items; a deep copy would not.
ge = (x * x for x in range(6) if x % 2)
print(next(ge))
print(list(copy.copy(ge)), list(ge))


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    while True:
        yield bump()


c = counter()
print(next(c), next(c))
c2 = pickle.loads(pickle.dumps(c))
print(next(c2), next(c2), next(c))


# A finally block runs in the copy too when it is closed.
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("finally")


gg = guarded()
next(gg)
g2 = pickle.loads(pickle.dumps(gg))
print(next(g2))
g2.close()
gg.close()


# Coroutines and async generators.
async def co(x):
    return x + 1


class Await:
    def __await__(self):
        v = yield "suspended"
        return v


async def waiter():
    v = await Await()
    return await co(v)


w = waiter()
print(w.send(None))
w2 = pickle.loads(pickle.dumps(w))
for coro in (w2, w):
    try:
        coro.send(41)
    except StopIteration as e:
        print("coroutine returned", e.value)


async def agen():
    for i in range(3):
        yield i


a = agen()
step = a.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("first", e.value)
a2 = pickle.loads(pickle.dumps(a))
for it in (a2, a):
    try:
        it.__anext__().send(None)
    except StopIteration as e:
        print("next", e.value)
print(type(pickle.loads(pickle.dumps(a))).__name__)
