# Switching out of Python code that native code called (a hard switch in weft): each native keeps its
# place while other greenlets run, and finishes when switched back to.
import io
from greenlet import greenlet, getcurrent

main = getcurrent()


def drive(name, fn):
    g = greenlet(fn)
    seen = []
    r = g.switch()
    while not g.dead:
        seen.append(r)
        r = g.switch(r)
    print(name, seen, r)


drive("sorted", lambda: sorted([3, 1, 2], key=lambda x: main.switch(-x)))
drive("map", lambda: list(map(lambda x: main.switch(x * 2), range(4))))
drive("filter", lambda: list(filter(lambda x: main.switch(x % 2), range(5))))
drive("min", lambda: min([4, 2, 8], key=lambda x: main.switch(x)))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return main.switch(("hash", self.v))

    def __eq__(self, other):
        return main.switch(("eq", self.v, other.v))


def dict_lookup():
    d = {Key(1): "one"}
    return d[Key(1)]


g = greenlet(dict_lookup)
r = g.switch()
while not g.dead:
    print("dict asks", r)
    r = g.switch(7 if r[0] == "hash" else True)
print("dict result", r)


def numbers():
    for i in range(3):
        yield main.switch(i)


drive("list(gen)", lambda: list(numbers()))


class Shown:
    def __repr__(self):
        return "Shown(%s)" % main.switch("repr")


def printing():
    buf = io.StringIO()
    print(Shown(), [Shown()], file=buf)
    return buf.getvalue()


drive("print", printing)


# A hub greenlet and buffered reads whose raw `readinto` waits for data by switching to the hub, as
# eventlet's green sockets do.
class GreenRaw(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = chunks

    def readable(self):
        return True

    def readinto(self, b):
        data = hub.switch(("wait", id(self)))
        if not data:
            return 0
        n = len(data)
        b[:n] = data
        return n


feeds = {}
results = []


def reader(name, chunks):
    raw = GreenRaw(chunks)
    feeds[id(raw)] = (name, iter(chunks))
    f = io.BufferedReader(raw, 8)
    lines = []
    while True:
        line = f.readline()
        if not line:
            break
        lines.append(line)
    results.append((name, lines))


def hub_loop():
    waiting = []
    for g in readers:
        waiting.append((g, g.switch()))
    while waiting:
        g, req = waiting.pop(0)
        name, it = feeds[req[1]]
        chunk = next(it, b"")
        nxt = g.switch(chunk)
        if not g.dead:
            waiting.append((g, nxt))


hub = greenlet(hub_loop)
readers = [
    greenlet(reader, parent=hub) for _ in range(2)
]
readers[0].run = lambda: reader("a", [b"hel", b"lo\nwor", b"ld\n"])
readers[1].run = lambda: reader("b", [b"x\ny", b"\n", b"z"])
hub.switch()
for r in sorted(results):
    print(r)
