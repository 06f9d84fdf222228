# getattr/setattr/delattr/hasattr and their messages


class P:
    cls_attr = "class value"

    def __init__(self):
        self.x = 1

    def method(self):
        return "method called"


p = P()
print(getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "missing", "dflt"), getattr(p, "y", None))
print(getattr(p, "method")(), getattr(P, "cls_attr"), hasattr(p, "x"), hasattr(p, "nope"))
setattr(p, "y", 42)
setattr(p, "with space", "odd")
print(p.y, getattr(p, "with space"), sorted(vars(p)))
delattr(p, "y")
print(hasattr(p, "y"))
setattr(P, "added", "on class")
print(p.added)
delattr(P, "added")
print(hasattr(p, "added"))

for call in [
    lambda: getattr(p, "missing"),
    lambda: getattr(P, "missing"),
    lambda: delattr(p, "missing"),
    lambda: delattr(p, "cls_attr"),
    lambda: getattr(p, 5),
    lambda: setattr(p, 5, 1),
    lambda: hasattr(p, None),
    lambda: delattr(p, b"x"),
    lambda: getattr(1, "real", 0, 0),
    lambda: getattr(p),
    lambda: setattr(1, "x", 2),
    lambda: setattr(int, "x", 2),
    lambda: delattr(int, "real"),
    lambda: getattr(None, "foo"),
    lambda: getattr([], "foo"),
    lambda: setattr("s", "upper", 1),
    lambda: setattr(object(), "a", 1),
]:
    try:
        print(call())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


class Dyn:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError("no dynamic " + name)


d = Dyn()
print(getattr(d, "dyn_abc"), hasattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "other", "fallback"))


class Raiser:
    @property
    def bad(self):
        raise ValueError("property failed")

    @property
    def attr_err(self):
        raise AttributeError("inner attribute error")


r = Raiser()
try:
    hasattr(r, "bad")
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(r, "attr_err"), getattr(r, "attr_err", "default used"))


class Guarded:
    def __setattr__(self, name, value):
        print("  setattr", name, value)
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        print("  delattr", name)
        object.__delattr__(self, name)


g = Guarded()
setattr(g, "v", 21)
print(g.v)
delattr(g, "v")
print(hasattr(g, "v"))


class StrSub(str):
    pass


setattr(p, StrSub("sub"), 9)
print(getattr(p, "sub"), getattr(p, StrSub("sub")))
print(getattr(1, "real"), getattr(2.5, "imag"), getattr(3j, "imag"))
print(getattr(p, "\u00e9", "unicode-missing"))
