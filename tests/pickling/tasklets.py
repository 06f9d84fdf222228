# Tasklets and channels pickle with their frame chains: blocked on a channel (the copy waits in the
# copied channel), paused, preempted by run(timeout), or not yet started.
import pickle
import stackless


def deep(n, ch):
    if n == 0:
        return ch.receive() * 2
    return 1 + deep(n - 1, ch)


def report(name, f, *args):
    print(name, f(*args))


ch = stackless.channel()
t = stackless.tasklet(report)("deep", deep, 50, ch)
stackless.run()
print(t.blocked, ch.balance)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    t2, ch2 = pickle.loads(pickle.dumps((t, ch), proto))
    print(proto, t2.alive, t2.blocked, t2.scheduled, ch2.balance, ch2.queue is t2)
    ch2.send(proto)
ch.send(100)
print(t.alive)


# Generators and closures live in the chain.
def crunch(ch, out):
    squares = (i * i for i in range(10))
    total = 0

    def add(v):
        nonlocal total
        total += v

    for i, sq in enumerate(squares):
        add(sq)
        if i == 3:
            add(ch.receive())
    out.append(total)


out = []
c3 = stackless.channel()
t3 = stackless.tasklet(crunch)(c3, out)
stackless.run()
t4, c4, out4 = pickle.loads(pickle.dumps((t3, c3, out)))
c4.send(1000)
c3.send(5)
print(out, out4)


# A paused tasklet runs when inserted; a bound one has not started.
def loop(name, n):
    x = 0
    for i in range(n):
        x += i
        stackless.schedule()
    print(name, "done", x)


t5 = stackless.tasklet(loop)("original", 5)
t5.run()
t5.remove()
t6 = pickle.loads(pickle.dumps(t5))
print(t6.alive, t6.scheduled, t6.paused)
t6.insert()
stackless.run()
t5.insert()
stackless.run()
bound = stackless.tasklet(loop)
bound.bind(loop, ("bound", 2))
b2 = pickle.loads(pickle.dumps(bound))
print(b2.alive, b2.scheduled)
b2.insert()
stackless.run()


# Preempted by run(timeout): the interrupted tasklet comes back out of run, and its copy finishes.
def work(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
    print("work", acc)


w = stackless.tasklet(work)(20000)
got = stackless.run(500)
print("preempted", got is w, w.alive)
w2 = pickle.loads(pickle.dumps(w))
w2.insert()
stackless.run()
w.insert()
stackless.run()

# The current tasklet cannot be pickled; a chain through a native cannot either.
try:
    pickle.dumps(stackless.getcurrent())
except RuntimeError as e:
    print("RuntimeError:", e)


def keyed(ch):
    return sorted([3, 1, 2], key=lambda x: ch.receive() + x)


c7 = stackless.channel()
t7 = stackless.tasklet(report)("sorted", keyed, c7)
stackless.run()
try:
    pickle.dumps(t7)
except pickle.PicklingError as e:
    print("PicklingError:", e)
for _ in range(3):
    c7.send(0)


# A class call is named by the builtin type that runs it, a subclass's by its builtin base.
class Items(list):
    pass


def listed(ch):
    return list(map(lambda x: ch.receive() + x, [1, 2]))


def subclassed(ch):
    return Items(map(lambda x: ch.receive() + x, [1, 2]))


for fn in (listed, subclassed):
    ch = stackless.channel()
    t = stackless.tasklet(report)(fn.__name__, fn, ch)
    stackless.run()
    try:
        pickle.dumps(t)
    except pickle.PicklingError as e:
        print("PicklingError:", e)
    ch.send(10)
    ch.send(20)


# Preempted at each of its first safe points, including right at a function's entry (a frame that
# has not run an instruction yet), a tasklet pickles and its copy finishes.
def leaf(x):
    return x + 1


def caller(n):
    total = 0
    for i in range(n):
        total += leaf(i)
    print("caller", total)


for ticks in range(1, 7):
    c = stackless.tasklet(caller)(3)
    if stackless.run(ticks) is c:
        copy = pickle.loads(pickle.dumps(c))
        copy.insert()
        stackless.run()
        c.kill()
    else:
        print("finished within", ticks)


# A tasklet blocked in `for x in channel` waits in the loop's `ForIter`, which calls the channel's
# `__next__` as a plain call does: the switch is soft, so the tasklet pickles. Its copy waits in the
# copied channel, sees every item sent there, and its loop ends on `StopIteration` as the original's.
def drain(ch, tag):
    total = 0
    for x in ch:
        print(tag, "drained", x)
        total += x
    print(tag, "loop ended", total)


c8 = stackless.channel()
t8 = stackless.tasklet(drain)(c8, "original")
stackless.run()
c8.send(1)
state = pickle.dumps((t8, c8))
c8.send(2)
c8.send_exception(StopIteration)
t9, c9 = pickle.loads(state)
print("copy", t9.blocked, c9.balance)
c9.send(10)
c9.send(20)
c9.close()
c9.send_exception(StopIteration)
print("closed", c9.closed)


# `StopIteration` sent to a tasklet blocked in `receive()` is raised there, as any exception is.
def receiver(ch):
    try:
        ch.receive()
    except StopIteration as e:
        print("receive raised StopIteration", e.args)


c10 = stackless.channel()
stackless.tasklet(receiver)(c10)
stackless.run()
c10.send_exception(StopIteration, 5)
