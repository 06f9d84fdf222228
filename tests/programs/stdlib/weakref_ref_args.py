# weakref.ref: __init__ checks its arguments (no keywords, one or two), __new__ takes keywords; the
# repr names the referent by its type's __name__ (never through __getattr__, gh-99184); proxies
# without callback are shared, like refs.
import weakref


class C:
    pass


c = C()


class R(weakref.ref):
    pass


class R2(weakref.ref):
    def __new__(cls, ob, callback=None, **kw):
        return super().__new__(cls, ob, callback)

    def __init__(self, ob, callback=None, **kw):
        super().__init__(ob, callback)
        self.kw = kw


tests = [
    lambda: weakref.ref(c, callback=None),
    lambda: weakref.ref(c, x=1),
    lambda: weakref.ref(c, **{}) is weakref.ref(c),
    lambda: weakref.ref(c).__init__(0, 0, 0, 0, 0),
    lambda: weakref.ref(c).__init__(),
    lambda: weakref.ref(c).__init__(c, None, x=1),
    lambda: weakref.ref(c).__init__(c, None),
    lambda: weakref.ref(c).__init__(1),
    lambda: weakref.ref(),
    lambda: weakref.ref(c, None, None),
    lambda: R(c, callback=None),
    lambda: R2(c, a=1).kw,
    lambda: type(weakref.ref.__new__(weakref.ref, c, x=1)).__name__,
    lambda: weakref.ref.__init__(weakref.ref(c), c, c, c),
]
for f in tests:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)


def f():
    pass


class D:
    __name__ = "dname"


class MyConfig(dict):
    def __getattr__(self, x):
        return self[x]


class I:
    def __init__(self):
        self.__name__ = "instance attribute"


class H:
    __name__ = 5


keep = [C, f, D(), MyConfig(offset=5), I(), H(), weakref.ref, len]
for o in keep:
    r = repr(weakref.ref(o))
    print(r[r.index(";"):].split(" at ")[0], r[r.rindex(">") - 1] == ")" and r[r.rindex("(") :])

p1 = weakref.proxy(c)
p2 = weakref.proxy(c)
p3 = weakref.proxy(c, None)
p4 = weakref.proxy(c, lambda p: None)
print(p1 is p2, p1 is p3, p1 is p4, weakref.getweakrefcount(c))
print(weakref.getweakrefs(c)[1] is p1)
pf = weakref.proxy(f)
print(type(pf).__name__, weakref.proxy(f) is pf, pf is not p1)
