# Pickled frame states with values swapped for others, fed to generators, tasklets and greenlets
# and resumed: every case must load and run, or raise an ordinary exception; nothing may crash the
# interpreter.
# Usage: weft frame_states.py SEED COUNT
import pickle
import random
import sys

import greenlet
import stackless

seed, count = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)


def gen_plain(n):
    total = 0
    for i in range(n):
        total += yield i
    return total


def gen_nested(xs):
    with open(__file__) as f:
        try:
            for x in xs:
                yield [c for c in str(x)], f.readline()[:3]
        except ValueError as e:
            yield e
    yield from gen_plain(2)


def gen_closure():
    acc = []

    def push(v):
        acc.append(v)
        return len(acc)

    while True:
        v = yield push(len(acc))
        if v == "stop":
            return acc


def task(ch):
    items = {"a": 1, "b": 2}
    for k, v in items.items():
        got = ch.receive()
        items[k] = v + got
    return items


def green(n):
    total = 0
    for i in range(n):
        total += greenlet.getcurrent().parent.switch(i) or 0
    return total


def make_generators():
    out = []
    for g in (gen_plain(5), gen_nested([1, 22, 333]), gen_closure()):
        next(g)
        out.append(g)
    return out


FILLERS = [None, 0, -1, 2**70, 1.5, "s", b"b", (), (1, 2), [], {}, {1: 2}, object(), len,
           iter([1]), iter(range(3)), gen_plain, (lambda: 1), ValueError("x"), type, stackless]


def mutate(value, depth=0):
    """A copy of a reduce state with one leaf replaced."""
    if isinstance(value, tuple) and value and depth < 6:
        items = list(value)
        i = rng.randrange(len(items))
        items[i] = mutate(items[i], depth + 1)
        return tuple(items)
    if isinstance(value, int) and not isinstance(value, bool) and rng.random() < 0.5:
        return value + rng.choice([-3, -2, -1, 1, 2, 3, 1000])
    return rng.choice(FILLERS)


def ordinary(e):
    # A SystemError means the interpreter lost track of its own state: a failure.
    if isinstance(e, SystemError):
        raise e


def drive(obj):
    if isinstance(obj, stackless.tasklet):
        return
    if isinstance(obj, greenlet.greenlet):
        for send in (None, 1, "x", 2, 3):
            try:
                obj.switch(send)
            except Exception as e:
                ordinary(e)
                return
        return
    for send in (None, 1, "stop", 2):
        try:
            if send is None:
                next(obj)
            else:
                obj.send(send)
        except StopIteration:
            return
        except Exception as e:
            ordinary(e)
            return


accepted = 0
for case in range(count):
    gens = make_generators()
    ch = stackless.channel()
    t = stackless.tasklet(task)(ch)
    stackless.run()
    g = greenlet.greenlet(green)
    g.switch(4)
    targets = gens + [t, g]
    obj = rng.choice(targets)
    rebuild, args, state = obj.__reduce__()[:3]
    for _ in range(rng.randrange(1, 4)):
        state = mutate(state)
    try:
        fresh = rebuild(*args)
        fresh.__setstate__(state)
    except Exception as e:
        ordinary(e)
        fresh = None
    if fresh is not None:
        accepted += 1
        drive(fresh)
        if isinstance(fresh, stackless.tasklet):
            try:
                fresh.insert()
                stackless.run()
            except Exception as e:
                ordinary(e)
            for c in (ch,):
                while c.balance < 0:
                    try:
                        c.send(1)
                    except Exception as e:
                        ordinary(e)
                        break
    while ch.balance < 0:
        ch.send(1)
print("cases", count)
print("accepted", accepted, file=sys.stderr)
