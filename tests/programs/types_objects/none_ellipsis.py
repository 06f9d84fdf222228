# None, Ellipsis and NotImplemented singletons: types, truthiness, comparisons, attribute errors

print(None, repr(None), str(None), type(None).__name__, bool(None), None is None, None == None, None != 0)
print(..., Ellipsis, repr(...), type(...).__name__, bool(...), ... is Ellipsis, ... == Ellipsis)
print(NotImplemented, type(NotImplemented).__name__, type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(hash(None) == hash(None), {None: 1}[None], None in [0, False, None], [None] * 2, (None,) == (None,))
print(None.__class__.__name__, None.__bool__(), None.__eq__(None), None.__eq__(0), None.__repr__(), None.__hash__() == hash(None))
nothing, dots = None, ...
for fn in [lambda: None < None, lambda: None > 0, lambda: None + 1, lambda: -None, lambda: nothing(), lambda: nothing[0],
           lambda: len(None), lambda: iter(None), lambda: None.attr, lambda: setattr(None, "x", 1), lambda: ... + 1,
           lambda: dots[0], lambda: type(None)(1), lambda: int(None), lambda: dots(), lambda: list(None)]:
    try:
        print(fn())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


def returns_nothing():
    pass


def returns_bare():
    return


print(returns_nothing(), returns_bare(), print("inner print returns:"), [].append(1), {}.update(), sorted([]).sort())
x = None
print(x or "default", x and "never", x if x is not None else "was None", "set" if x is None else "unset")
print([v for v in [0, None, "", None, False] if v is not None], [v for v in [0, None, ""] if v])
data = {"a": None}
print(data.get("a", "dflt"), data.get("b", "dflt"), "a" in data, data["a"] is None)


def stub():
    ...


print(stub(), stub.__code__.co_consts[0] is None or stub.__code__.co_consts)


class UsesEllipsis:
    def __getitem__(self, key):
        return key


u = UsesEllipsis()
print(u[...], u[1, ...], u[..., 0], u[:, ...])
print(sorted([None, None], key=lambda v: 0), max([None], key=lambda v: 1), min(None, None, key=id) is None)
try:
    sorted([None, 1])
except TypeError as e:
    print(type(e).__name__, e)
print(None.__doc__ is None, type(None).__doc__ is None, isinstance(None, object), issubclass(type(None), object))
try:
    class SubNone(type(None)):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
print(str(...), f"{None!r} {...}", "%s %r" % (None, ...), "{}".format(NotImplemented))
