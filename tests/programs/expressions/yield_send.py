# yield expressions: values in and out with send(), priming, and yield as an expression.

def echo():
    print("  started")
    received = None
    while True:
        received = yield f"echo:{received}"
        print("  received", repr(received))
        if received == "stop":
            return "stopped"

g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(next(g))              # next() sends None
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration value:", e.value)

# Sending a non-None value to a just-started generator is an error.
fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print("TypeError", e)
print(fresh.send(None))

# A running average coroutine-style generator.
def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
avg = averager()
next(avg)
print([avg.send(v) for v in [10, 20, 30, 40]])

# yield in expressions: precedence and parenthesisation.
def exprs():
    x = yield
    y = (yield x) + 1
    z = [(yield y), (yield "second")]
    w = yield "last"
    return x, y, z, w
e = exprs()
print(next(e), e.send("X"), e.send(10), e.send("a"), e.send("b"), end=" ")
try:
    e.send("w")
except StopIteration as stop:
    print("->", stop.value)

# A bare yield produces None; yield with a tuple.
def shapes():
    yield
    yield 1, 2
    yield (3,)
    v = yield
    yield v
print(list(shapes()))

# Generator functions return generator objects without running the body.
def body_runs():
    print("  body started")
    yield 1
gen = body_runs()
print("not started yet", type(gen).__name__)
print(next(gen))

# Generators keep local state across yields; each call is independent.
def counter(start):
    n = start
    while n < start + 3:
        yield n
        n += 1
c1, c2 = counter(0), counter(100)
print(next(c1), next(c2), next(c1), next(c2), list(c1), list(c2))

# send() result flows through a pipeline of generators.
def doubler(target):
    while True:
        v = yield
        target.send(v * 2)
def collector(out):
    while True:
        out.append((yield))
results = []
col = collector(results)
next(col)
dbl = doubler(col)
next(dbl)
for v in range(4):
    dbl.send(v)
print(results)

# gi_ attributes.
def simple():
    yield 1
s = simple()
print(s.gi_running, s.gi_frame.f_lineno > 0, s.gi_code.co_name, s.gi_yieldfrom)
list(s)
print(s.gi_frame)

# yield inside try/finally and comprehension is not allowed.
for src in ["[(yield x) for x in y]", "def f():\n    return [(yield) for _ in 'a']"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
