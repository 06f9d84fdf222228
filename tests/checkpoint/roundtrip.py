# Every native record type comes back equal, of the same type, from dumps/loads.
from weft import checkpoint as ck
import importlib
import math
import weft.checkpoint

# Every way of importing the module finds the one module.
print(weft.checkpoint is ck, importlib.import_module("weft.checkpoint") is ck, weft.__path__)
print(ck.__name__, ck.__spec__.origin, ck.MAGIC, ck.VERSION)


def rt(x):
    return ck.loads(ck.dumps(x))


values = [
    None, True, False,
    0, 1, -1, 2**47 - 1, -2**47, 2**47, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**200, -3**150,
    0.0, -0.0, 1.5, -2.25e300, 5e-324, math.inf, -math.inf,
    complex(1, -2), complex(0, 0), complex(math.inf, -0.0),
    "", "ascii", "héllo wörld", "日本語", "😀 emoji", "\ud800 lone surrogate", "a" * 1000,
    b"", b"\x00\xff bytes", bytes(range(256)),
    bytearray(b""), bytearray(b"mutable"),
    (), (1,), (1, "two", 3.0), ((), ((),)),
    [], [1, [2, [3, []]]],
    {}, {"a": 1, 2: "b", (3, 4): [5], None: None, 1.5: frozenset()},
    set(), {1, 2, 3}, {"x", (1, 2), frozenset({9})},
    frozenset(), frozenset({1, "a", (2,)}),
]
for v in values:
    r = rt(v)
    same = r == v
    shown = sorted(map(repr, r)) if isinstance(r, (set, frozenset)) else repr(r)
    print(type(r).__name__, str(shown)[:60], same)

# NaN keeps being NaN; the sign of zero is kept.
n = rt(math.nan)
print(type(n).__name__, math.isnan(n))
print(math.copysign(1, rt(-0.0)))
# Mutable results are new objects, never the ones saved.
l = [1]
print(rt(l) is l, rt(l) == l)
# Classes, functions, builtins and modules are stored by name and come back as the same object.
import collections, os.path
for g in [int, dict, len, print, collections.OrderedDict, os.path.join, math, os.path, ck, ck.dumps]:
    print(g.__name__, rt(g) is g)
# The singletons and their types.
for s in [None, Ellipsis, NotImplemented, type(None), type(Ellipsis), type(NotImplemented)]:
    print(repr(s), rt(s) is s)
# Order of dict keys is kept.
d = {k: k * 2 for k in "zyxwvu"}
print(list(rt(d)))
