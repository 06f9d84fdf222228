# __import__ and importing by name: return values with and without fromlist.
import sys

top = __import__("pkg_basic.sub.leaf")
print(top.__name__, hasattr(top, "sub"))

leaf = __import__("pkg_basic.sub.leaf", fromlist=["where"])
print(leaf.__name__, leaf.where())

sub = __import__("pkg_basic.sub", globals(), locals(), ["leaf"], 0)
print(sub.__name__)

print("fromlist naming a submodule imports it:")
pkg = __import__("pkg_basic", fromlist=["helper"])
print(pkg.__name__, hasattr(pkg, "helper"), "pkg_basic.helper" in sys.modules)

print("fromlist with a missing name is ignored by __import__:")
pkg2 = __import__("pkg_basic", fromlist=["does_not_exist"])
print(pkg2 is pkg)

print("fromlist ['*'] with __all__ imports listed submodules:")
star = __import__("pkg_star", fromlist=["*"])
print(star.__name__, "pkg_star.submodule_listed" in sys.modules)

print("importing by computed name:")
names = ["pkg_basic.helper", "pkg_order.level1"]
mods = [sys.modules[n] if n in sys.modules else __import__(n, fromlist=["_"]) for n in names]
print([m.__name__ for m in mods])

print("replacing builtins.__import__ intercepts import statements:")
real_import = __builtins__.__import__ if hasattr(__builtins__, "__import__") else __builtins__["__import__"]
seen = []
def spy(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, tuple(fromlist or ()), level))
    return real_import(name, globals, locals, fromlist, level)
ns = {"__builtins__": {"__import__": spy}, "__name__": "spied"}
exec("import math\nfrom pkg_basic import helper\nimport pkg_basic.sub as s", ns)
print(seen)

print("import statements without __import__ in builtins fail:")
try:
    exec("import math", {"__builtins__": {}})
except ImportError as e:
    print(type(e).__name__, e)
