# Importing packages and submodules: __init__ runs once, dotted imports bind the top name.
import sys

print("import pkg_basic:")
import pkg_basic
print(pkg_basic.VALUE, type(pkg_basic).__name__)

print("import pkg_basic again (cached, nothing runs):")
import pkg_basic

print("import pkg_basic.helper:")
import pkg_basic.helper
print(pkg_basic.helper.greet("world"), pkg_basic.helper.CONSTANT)

print("import pkg_basic.sub.leaf:")
import pkg_basic.sub.leaf
print(pkg_basic.sub.leaf.where(), pkg_basic.sub.SUB_VALUE)

print("import ... as binds the leaf module:")
import pkg_basic.sub.leaf as leaf
print(leaf is pkg_basic.sub.leaf, leaf.__name__)

print("submodules become attributes of their parent package:")
print(hasattr(pkg_basic, "helper"), hasattr(pkg_basic, "sub"), hasattr(pkg_basic.sub, "leaf"))

print("sys.modules holds every module under its full name:")
print(sorted(name for name in sys.modules if name.startswith("pkg_basic")))

print("a function-local dotted import binds the top-level package locally:")
def local():
    import pkg_basic.helper
    return sorted(k for k in locals())
print(local())

print("module state is shared by every importer:")
pkg_basic.counter += 1
import pkg_basic as again
print(again.counter, again is pkg_basic)

print("importing a submodule that does not exist:")
try:
    import pkg_basic.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)
print("importing a non-package's submodule:")
try:
    import pkg_basic.helper.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
