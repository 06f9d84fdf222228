import weakref, itertools
a, b = itertools.tee([1, 2])
p = weakref.proxy(a); print(list(p))
for cls in (map, filter, frozenset):
    class sub(cls): pass
    try:
        sub(None, [1], newarg=3) if cls in (map, filter) else sub([1], newarg=3)
    except TypeError as e:
        print(cls.__name__, e)
    class sub2(cls):
        def __init__(self, *a, newarg=None): self.newarg = newarg
    u = sub2(None, [1, 0], newarg=3) if cls in (map, filter) else sub2([1], newarg=3)
    print(type(u).__name__, u.newarg)
