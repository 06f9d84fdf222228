# Module-level __getattr__ and __dir__ (PEP 562).

import lazy
print(lazy.eager)
print(lazy.lazy_value)
print(lazy.lazy_value)           # computed again: __getattr__ does not cache by itself
print(getattr(lazy, "lazy_other", "default"), hasattr(lazy, "lazy_x"))
print(sorted(lazy._computed))
try:
    lazy.missing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(lazy, "missing", "default for missing"), hasattr(lazy, "missing"))

print("from-import goes through __getattr__:")
from lazy import lazy_imported
print(lazy_imported)
try:
    from lazy import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

print("dir() uses the module's __dir__:")
print(dir(lazy))

print("setting an attribute makes __getattr__ unnecessary:")
lazy.lazy_fixed = "set directly"
print(lazy.lazy_fixed)

print("__getattr__ is not used for names found in the module dict:")
print(lazy.__name__, lazy.eager)

print("a module object created by hand can get a __getattr__ too:")
import sys
mod = type(sys)("dynamic")
mod.__getattr__ = lambda name: f"dynamic {name}"
print(mod.anything, getattr(mod, "x"))
