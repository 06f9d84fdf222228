# from-import: names, submodules, aliases, parenthesised lists, and the error messages.

print("from pkg_basic import VALUE:")
from pkg_basic import VALUE
print(VALUE)

print("from pkg_basic import helper (a submodule, imported on demand):")
from pkg_basic import helper
print(helper.greet("from-import"))

print("from pkg_basic.sub import (leaf, SUB_VALUE as renamed):")
from pkg_basic.sub import (
    leaf,
    SUB_VALUE as renamed,
)
print(leaf.where(), renamed)

print("from pkg_basic.helper import greet, CONSTANT:")
from pkg_basic.helper import greet, CONSTANT
print(greet("x"), CONSTANT)

print("the names are bound, the package name is not:")
print("pkg_basic" in dir(), "greet" in dir())

print("binding is a copy of the reference at import time:")
import pkg_basic.helper as mod
mod.CONSTANT = 100
print(CONSTANT, mod.CONSTANT)

print("importing a missing name:")
try:
    from pkg_basic import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], "| name:", e.name, "| path ends:", (e.path or "").endswith("__init__.py"))
try:
    from pkg_basic.helper import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], "| name:", e.name)
try:
    from pkg_basic.sub import nonexistent_submodule
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    from not_a_package_at_all import x
except ImportError as e:
    print(type(e).__name__, e)

print("from-import inside a function binds locals:")
def f():
    from pkg_basic.helper import greet as g
    return g("local"), "g" in locals()
print(f())
