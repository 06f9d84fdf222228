# PEP 479: StopIteration raised inside a generator becomes RuntimeError; return ends iteration


def leaky():
    yield 1
    raise StopIteration("leaked")


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)


def uses_next_on_empty():
    it = iter([])
    yield next(it)


try:
    list(uses_next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))


def safe_next():
    it = iter([])
    try:
        yield next(it)
    except StopIteration:
        return


print(list(safe_next()))


def subclass_leak():
    class MyStop(StopIteration):
        pass

    yield 0
    raise MyStop


try:
    list(subclass_leak())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def returns_value():
    yield 1
    return "value"


print(list(returns_value()))
try:
    for _ in returns_value():
        pass
    print("for loop swallowed the StopIteration value")
except StopIteration:
    print("unexpected")


def gen_in_gen():
    def inner():
        raise StopIteration
        yield

    yield from inner()


try:
    list(gen_in_gen())
except RuntimeError as e:
    print("inner", type(e).__name__, e)


class ManualIter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("plain iterators may raise it")
        return self.n


print(list(ManualIter()))
gexp = (next(iter([])) for _ in range(1))
try:
    list(gexp)
except RuntimeError as e:
    print("genexp", type(e).__name__, e)


async def coro_raises():
    raise StopIteration("in coroutine")


c = coro_raises()
try:
    c.send(None)
except RuntimeError as e:
    print("coroutine", type(e).__name__, e)
try:
    next(iter(()))
except StopIteration as e:
    print("outside generators StopIteration is normal", repr(e))
print(issubclass(StopIteration, Exception), issubclass(StopAsyncIteration, Exception), StopIteration().value, StopIteration(1, 2).value)
