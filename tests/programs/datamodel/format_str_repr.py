# __str__, __repr__ and __format__: fallbacks, conversions and the errors for bad results.

class Both:
    def __str__(self):
        return "str-of-Both"
    def __repr__(self):
        return "Both()"

class ReprOnly:
    def __repr__(self):
        return "ReprOnly<>"

class StrOnly:
    def __str__(self):
        return "just str"

b = Both()
print(b, str(b), repr(b), f"{b}", f"{b!r}", f"{b!s}", "%s %r" % (b, b), [b], (b,), {"k": b})
print(ReprOnly(), str(ReprOnly()), [ReprOnly()])
print(StrOnly(), repr(StrOnly()).startswith("<__main__.StrOnly object at 0x"))
print(str(Both), repr(Both), repr(Both).startswith("<class"), str(type(b)))

class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
f = Fmt()
print(format(f), format(f, "abc"), f"{f}", f"{f:>10}", f"{f:{'nested'}}", "{:xyz}".format(f),
      "{0!s:>5}".format(Both()))
print(f"{f!r:>80}".strip().startswith("<__main__.Fmt object"))

def check(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Plain:
    pass
check("format(Plain(), '')", lambda: format(Plain(), "")[:8])
check("format(Plain(), 'x')", lambda: format(Plain(), "x"))
check("f'{Plain():>5}'", lambda: f"{Plain():>5}")
check("format(object(), 's')", lambda: format(object(), "s"))

class BadStr:
    def __str__(self):
        return 42
class BadRepr:
    def __repr__(self):
        return None
class BadFormat:
    def __format__(self, spec):
        return 1.5
class StrSub(str):
    pass
class ReturnsStrSub:
    def __str__(self):
        return StrSub("sub")
    def __repr__(self):
        return StrSub("subrepr")

check("str(BadStr())", lambda: str(BadStr()))
check("print(BadStr())", lambda: print(BadStr()))
check("repr(BadRepr())", lambda: repr(BadRepr()))
check("str(BadRepr())", lambda: str(BadRepr()))
check("format(BadFormat())", lambda: format(BadFormat()))
check("f'{BadFormat()}'", lambda: f"{BadFormat()}")
check("str(ReturnsStrSub())", lambda: type(str(ReturnsStrSub())).__name__)
check("repr(ReturnsStrSub())", lambda: repr(ReturnsStrSub()))
check("format(1, 1)", lambda: format(1, 1))
check("format(1, 'q')", lambda: format(1, "q"))
check("format('s', 'd')", lambda: format("s", "d"))
check("format(1.5, 'd')", lambda: format(1.5, "d"))
check("format([], 'x')", lambda: format([], "x"))

# Subclasses of builtins inherit their __format__/__str__ unless overridden.
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
m = MyInt(255)
print(m, str(m), repr(m), f"{m}", f"{m:x}", f"{m!r}", "%d %s %r" % (m, m, m), format(m, "08b"))

class MyStr(str):
    def __str__(self):
        return "overridden"
ms = MyStr("orig")
print(ms, str(ms), f"{ms}", "%s" % ms, format(ms), repr(ms), ms + "!", ms.upper())

# Recursive containers print with an ellipsis.
lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d, repr(lst))

# __repr__ that recurses through a container of itself.
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children})"
n = Node()
n.children.append(Node())
print(n)

# ascii() escapes the repr.
class Uni:
    def __repr__(self):
        return "ünï"
print(ascii(Uni()), ascii("é"), ascii(["ü", b"\xff"]), f"{Uni()!a}")
