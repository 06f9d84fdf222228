# Greenlets pickle with their frame chains (greenlet itself refuses); a main greenlet stands for the
# main greenlet of whoever unpickles, so a migrated greenlet's parent is that process's main one.
import pickle
import subprocess
import sys

import greenlet


def worker(n):
    acc = []
    threes = (i * 3 for i in range(n))
    for v in threes:
        acc.append(v)
        acc.append(greenlet.getcurrent().parent.switch(v))
    return acc


if len(sys.argv) > 1:
    g = pickle.load(sys.stdin.buffer)
    print("child:", g.parent is greenlet.getcurrent(), g.switch("child"), g.switch("again"))
    sys.exit(0)

g = greenlet.greenlet(worker)
print(g.switch(4), g.switch("a"))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    c = pickle.loads(pickle.dumps(g, proto))
    print(proto, c.parent is greenlet.getcurrent(), bool(c), c.switch("x"), c.switch("y"), c.switch("z"))
print(g.switch("b"), g.switch("c"), g.switch("d"))
print(g.dead)

# Unstarted and dead greenlets.
u = pickle.loads(pickle.dumps(greenlet.greenlet(worker)))
print(u.switch(1), u.switch("only"), u.dead)
print(pickle.loads(pickle.dumps(u)).dead)

# A subclass with a run method and an attribute.
class Pinger(greenlet.greenlet):
    def run(self, times):
        for i in range(times):
            self.parent.switch(("ping", i, self.label))
        return "pinged"


p = Pinger()
p.label = "L"
print(p.switch(3))
p2 = pickle.loads(pickle.dumps(p))
print(type(p2).__name__, p2.switch(), p2.switch(), p2.switch(), p.switch())

# To another process: a suspended greenlet with a live generator.
m = greenlet.greenlet(worker)
m.switch(3)
child = subprocess.run([sys.executable, __file__, "child"], input=pickle.dumps(m), capture_output=True)
print(child.stdout.decode(), end="")
print(child.stderr.decode(), end="")

# A greenlet switched away from inside a native (sorted's key) cannot be pickled.
h = greenlet.greenlet(lambda: sorted([1, 2], key=lambda k: greenlet.getcurrent().parent.switch(k)))
h.switch()
try:
    pickle.dumps(h)
except pickle.PicklingError as e:
    print("PicklingError:", e)

# copy.copy and copy.deepcopy make greenlets that go on independently.
import copy

d = greenlet.greenlet(lambda: greenlet.getcurrent().parent.switch(5) * 2)
print(d.switch())
print(copy.copy(d).switch(10), copy.deepcopy(d).switch(20), d.switch(30))
