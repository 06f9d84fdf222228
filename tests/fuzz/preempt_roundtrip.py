# A tasklet preempted at random safe points and, at each, replaced by a pickled-and-unpickled copy of
# itself must print exactly what an uninterrupted run prints. The work reaches every kind of frame
# continuation: Python dunders of operators, comparisons, truth tests, iteration, attribute fallbacks,
# `__init__`, `__enter__`, `__contains__`, `__index__`, generators and `yield from`.
# Usage: weft preempt_roundtrip.py SEED COUNT (prints `cases COUNT all match`)
import pickle
import random
import sys

import stackless


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v

    def __hash__(self):
        return hash(self.v)

    def __bool__(self):
        return self.v != 0

    def __index__(self):
        return self.v % 7

    def __repr__(self):
        return f"Num({self.v})"


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items

    def __len__(self):
        return len(self.items)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return name.upper()


class Ctx:
    def __enter__(self):
        return Num(100)

    def __exit__(self, *a):
        return False


def walk(n):
    for i in range(n):
        yield Num(i)


def chain(n):
    yield from walk(n)
    yield from (Num(-i) for i in range(n))


def work(out):
    total = Num(0)
    for x in chain(6):
        total = total + x
        if x < 3 and x:
            total = 1 + total
    bag = Bag(range(5))
    hits = [i for i in range(8) if i in bag]
    with Ctx() as c:
        extra = c + len(bag)
    try:
        [][Num(3)]
    except IndexError as e:
        err = type(e).__name__
    acc = 0
    n = 0
    while not (n == 30):
        acc += n * n if n % 3 else -n
        n += 1
    s = sorted({Num(3), Num(1), Num(2)}, key=lambda k: k.v)
    out.append(repr((total, hits, extra, err, bag.anything, acc, s, Num(5) == Num(5))))


def run_direct():
    out = []
    stackless.tasklet(work)(out)
    stackless.run()
    return out


def run_interrupted(rng):
    out = []
    t = stackless.tasklet(work)(out)
    t.remove()
    pickles = 0
    while t.alive:
        t.insert()
        got = stackless.run(rng.randrange(1, 40))
        if got is t:
            proto = rng.randrange(pickle.HIGHEST_PROTOCOL + 1)
            try:
                t2, out2 = pickle.loads(pickle.dumps((t, out), proto))
            except pickle.PicklingError:
                continue  # inside sorted's key function: a native frame
            t.kill()
            t, out = t2, out2
            pickles += 1
    return out, pickles


seed, count = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
expected = run_direct()
pickled = 0
for case in range(count):
    got, n = run_interrupted(rng)
    if got != expected:
        print("case", case, "differs:", got, "expected", expected)
        sys.exit(1)
    pickled += n
print("cases", count, "all match" if pickled else "NOTHING PICKLED")
