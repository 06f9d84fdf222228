# Circular imports: partially initialised modules, and the error for a from-import cycle.
import sys

print("import circ.a (which imports circ.b, which imports circ.a):")
import circ.a
print("done:", circ.a.A_DONE, circ.b.B_DONE, circ.b.use_a_later())

print("from-import cycle fails with a 'partially initialized module' error:")
try:
    import circ_from.x
except ImportError as e:
    message = str(e)
    print(type(e).__name__, message.split(" (/")[0].split(" (most")[0])
    print("mentions circular import:", "(most likely due to a circular import)" in message)
    print("name:", e.name)

print("the failed modules are removed from sys.modules:")
print("circ_from.x" in sys.modules, "circ_from.y" in sys.modules, "circ_from" in sys.modules)

print("importing y first fails symmetrically:")
try:
    import circ_from.y
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

import sys as _sys
partial = type(_sys)("partial_demo")
partial.__spec__ = None
_sys.modules["partial_demo"] = partial
try:
    from partial_demo import not_yet
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
