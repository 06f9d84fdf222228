# Namespace packages: directories without __init__.py can still be imported.

import ns_pkg
print(ns_pkg.__name__, ns_pkg.__file__, ns_pkg.__spec__.origin)
print(type(ns_pkg.__path__).__name__ in ("_NamespacePath", "list"), len(list(ns_pkg.__path__)))
print([p.replace("\\", "/").rsplit("/", 1)[-1] for p in ns_pkg.__path__])

import ns_pkg.inner.mod
print(ns_pkg.inner.mod.VALUE, ns_pkg.inner.__file__)
from ns_pkg.inner import mod
print(mod.__name__, mod.__package__, mod.__file__.replace("\\", "/").rsplit("/", 1)[-1])

print(repr(ns_pkg).startswith("<module 'ns_pkg'"), hasattr(ns_pkg, "__doc__"), ns_pkg.__doc__)
try:
    import ns_pkg.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
