# gc: collecting reference cycles runs __del__ finalizers; enable/disable/isenabled
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, type(gc.get_threshold()).__name__, len(gc.get_threshold()), type(gc.get_count()).__name__)
messages = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        messages.append("finalized " + self.name)


gc.disable()
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
gc.collect()
print(sorted(messages))
messages.clear()
ring = [Node("r%d" % i) for i in range(5)]
for i, n in enumerate(ring):
    n.other = ring[(i + 1) % 5]
del ring, n
gc.collect()
print(sorted(messages))
messages.clear()
self_ref = Node("self")
self_ref.other = self_ref
del self_ref
gc.collect()
print(messages)
messages.clear()
gc.enable()


class Resurrect:
    saved = []

    def __del__(self):
        Resurrect.saved.append(self)
        messages.append("resurrected once")


r = Resurrect()
r.cycle = r
del r
gc.collect()
print(messages, len(Resurrect.saved))
Resurrect.saved.clear()
gc.collect()
print(messages)
messages.clear()


class Raises:
    def __del__(self):
        messages.append("__del__ raising")
        raise ValueError("ignored exception in __del__")


x = Raises()
x.me = x
del x
gc.collect()
print(messages)
print(gc.collect() >= 0, gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked(Node("t")))
print(callable(gc.get_objects), callable(gc.get_referrers), type(gc.garbage).__name__, gc.garbage)
gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
print("done")
