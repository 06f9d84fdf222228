# A cycle whose objects define __del__ is collected (PEP 442): the finalisers run once, then the
# cycle is cleared.
import gc
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self.method

    def method(self):
        pass

    def __del__(self):
        log.append(self.name)


a = Node("a")
b = Node("b")
a.other, b.other = b, a
refs = [weakref.ref(a), weakref.ref(b)]
del a, b
gc.collect()
print(sorted(log), [r() for r in refs])
print(gc.garbage)
