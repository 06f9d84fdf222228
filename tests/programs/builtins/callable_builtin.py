# callable(): functions, classes, instances with __call__, and not-callables


def f():
    pass


class Plain:
    pass


class WithCall:
    def __call__(self, *args):
        return ("called", args)


class CallNone:
    __call__ = None


class MetaCall(type):
    def __call__(cls, *a):
        return "meta intercepted " + cls.__name__


class UsesMeta(metaclass=MetaCall):
    pass


items = [
    ("function", f),
    ("lambda", lambda: 0),
    ("builtin", len),
    ("method", [].append),
    ("class", Plain),
    ("instance", Plain()),
    ("callable instance", WithCall()),
    ("__call__ = None", CallNone()),
    ("type", type),
    ("int", 5),
    ("str", "f"),
    ("None", None),
    ("list", []),
    ("generator", (x for x in ())),
    ("staticmethod obj", staticmethod(f)),
    ("classmethod obj", classmethod(f)),
    ("unbound method", str.upper),
    ("slot wrapper", int.__add__),
    ("bound dunder", (1).__add__),
    ("meta class", UsesMeta),
    ("meta instance", UsesMeta()),
]
for name, obj in items:
    print(name, callable(obj))

print(WithCall()(1, 2), UsesMeta())
inst = Plain()
inst.__call__ = lambda: "instance attr"
print(callable(inst))
try:
    inst()
except TypeError as e:
    print(type(e).__name__, e)

for obj in [5, "s", None, [1], Plain(), CallNone(), (1,)]:
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)

Plain.__call__ = lambda self: "added later"
print(callable(inst), inst())
del Plain.__call__
print(callable(inst))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
