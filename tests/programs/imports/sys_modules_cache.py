# sys.modules is the import cache: inspect it, replace entries, delete them, block imports.
import sys

import pkg_basic.helper as helper
print("cached:", "pkg_basic.helper" in sys.modules, sys.modules["pkg_basic.helper"] is helper)

print("deleting the cache entry makes the next import execute the module again:")
del sys.modules["pkg_basic.helper"]
import pkg_basic.helper as helper2
print(helper2 is helper, helper2.greet("again"))

print("any object placed in sys.modules is returned by import:")
class Fake:
    answer = 42
    def __repr__(self):
        return "<Fake module>"
sys.modules["fake_module"] = Fake()
import fake_module
print(fake_module, fake_module.answer)
from fake_module import answer
print(answer)

print("None in sys.modules blocks the import:")
sys.modules["blocked_module"] = None
try:
    import blocked_module
except ImportError as e:
    print(type(e).__name__, e, "| name:", e.name)
try:
    from blocked_module import x
except ImportError as e:
    print(type(e).__name__, e)

print("builtin modules are in sys.modules once imported:")
import math
print("math" in sys.modules, sys.modules["math"] is math, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])

print("the main module's globals are this module's globals:")
main = sys.modules["__main__"]
main_value = "visible through the module object"
print(main.main_value)

print("importing the main script by its file name runs it again as a new module:")
print("'sys_modules_cache' in sys.modules:", "sys_modules_cache" in sys.modules)

print("a package's submodule deleted from sys.modules stays as an attribute:")
import pkg_basic.sub.leaf
del sys.modules["pkg_basic.sub.leaf"]
print(hasattr(pkg_basic.sub, "leaf"))
from pkg_basic.sub import leaf
print(leaf.__name__, "pkg_basic.sub.leaf" in sys.modules)
