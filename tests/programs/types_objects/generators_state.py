# generator objects: lifecycle states, gi_running/gi_frame, send(), yield from with return values


def counter(n):
    print("  start")
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            print("  received", received)
            i = received
        else:
            i += 1
    print("  end")
    return "done-%d" % n


def state(g):
    if g.gi_running:
        return "RUNNING"
    if g.gi_frame is None:
        return "CLOSED"
    if g.gi_suspended:
        return "SUSPENDED"
    return "CREATED"


g = counter(3)
print(type(g).__name__, state(g), g.gi_running, g.__name__, g.__qualname__, g.gi_code.co_name)
print(next(g), state(g))
print(g.send(None), g.send(2))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args, state(g))
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)
g2 = counter(2)
try:
    g2.send("not None")
except TypeError as e:
    print(type(e).__name__, e)
print(list(counter(2)))


def inspect_running():
    yield gen_ref.gi_running


gen_ref = inspect_running()
print(next(gen_ref))


def reentrant():
    yield next(self_ref)


self_ref = reentrant()
try:
    next(self_ref)
except ValueError as e:
    print(type(e).__name__, e)


def inner():
    x = yield "inner-1"
    print("  inner got", x)
    yield "inner-2"
    return "inner-result"


def outer():
    result = yield from inner()
    print("  yield from returned", result)
    yield "outer-end"


o = outer()
print(next(o), o.send("sent-through"), next(o))
print(next(o, "exhausted"))


def delegate_list():
    r = yield from [1, 2]
    yield r


print(list(delegate_list()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
gen_exp = (x * x for x in range(3))
print(type(gen_exp).__name__, gen_exp.__name__, next(gen_exp), list(gen_exp), state(gen_exp))


def empty():
    return
    yield


print(list(empty()), next(empty(), "nothing"))


def with_return_value():
    yield 1
    return [1, 2]


try:
    gen = with_return_value()
    next(gen)
    next(gen)
except StopIteration as e:
    print(e.value, repr(e))
print(iter(f) is f, hasattr(f, "__next__"), hasattr(f, "send"), hasattr(f, "throw"), hasattr(f, "close"))
