# Module attributes: __name__, __file__ (basename), __package__, __spec__, __path__, __doc__.

def basename(path):
    return path.replace("\\", "/").rsplit("/", 1)[-1] if path else path

import pkg_basic
import pkg_basic.helper
import pkg_basic.sub.leaf
import math, sys

for mod in [pkg_basic, pkg_basic.helper, pkg_basic.sub, pkg_basic.sub.leaf]:
    print(mod.__name__, "|", basename(mod.__file__), "|", mod.__package__, "|", mod.__spec__.name,
          "|", mod.__spec__.parent, "|", hasattr(mod, "__path__"))

print("packages have a __path__ list of directories:", [basename(p) for p in pkg_basic.__path__])
print("spec origin basename:", basename(pkg_basic.helper.__spec__.origin))
print("submodule_search_locations only for packages:",
      pkg_basic.__spec__.submodule_search_locations is not None,
      pkg_basic.helper.__spec__.submodule_search_locations)
print("docstrings:", repr(pkg_basic.__doc__), repr(pkg_basic.helper.__doc__), pkg_basic.sub.__doc__)

print("the main script:")
print(__name__, basename(__file__), __package__, __spec__, __doc__)

print("builtin modules have no __file__:", hasattr(sys, "__file__"), sys.__name__, sys.__spec__.name,
      sys.__package__)

print("module __dict__ is the globals of the module:")
print(pkg_basic.helper.__dict__["CONSTANT"], pkg_basic.helper.greet.__globals__ is pkg_basic.helper.__dict__)
print(sorted(k for k in vars(pkg_basic.sub.leaf) if not k.startswith("__")))

print("module repr mentions the name:")
print(repr(pkg_basic).startswith("<module 'pkg_basic' from "), repr(sys))

print("modules can be created by calling the module type:")
ModuleType = type(sys)
m = ModuleType("made_by_hand", "its docstring")
print(m.__name__, m.__doc__, m.__spec__, m.__package__, repr(m))
m.x = 1
print(vars(m)["x"], sorted(vars(m)))
try:
    ModuleType()
except TypeError as e:
    print("TypeError", e)
print(dir(m))
