# Relative imports inside packages: from . and from .., and the errors at the boundaries.

print("import pkg_rel:")
import pkg_rel
print(pkg_rel.TOP, pkg_rel.shared_function(), pkg_rel.b.B_VALUE)

print("import pkg_rel.sub (uses from .. and from .):")
import pkg_rel.sub
print(pkg_rel.sub.parent_top, pkg_rel.sub.B_VALUE)
print(pkg_rel.sub.c.describe())
print(pkg_rel.sub.c.sibling_package_name)

print("__package__ of each module:")
print(pkg_rel.__package__, pkg_rel.b.__package__, pkg_rel.sub.__package__, pkg_rel.sub.c.__package__)

print("relative import beyond the top-level package:")
try:
    import pkg_rel.sub.too_far
except ImportError as e:
    print(type(e).__name__, e)

print("relative from-import of a missing name:")
try:
    import pkg_rel.sub.missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

print("relative import in the main script (not a package):")
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .pkg_rel import b
except ImportError as e:
    print(type(e).__name__, e)

print("relative imports through exec with a __package__ set:")
ns = {"__name__": "pkg_rel.fake", "__package__": "pkg_rel"}
exec("from . import b\nfrom .b import B_VALUE", ns)
print(ns["b"].__name__, ns["B_VALUE"])
ns2 = {"__name__": "x", "__package__": "pkg_rel.sub"}
exec("from .. import TOP", ns2)
print(ns2["TOP"])
try:
    exec("from ... import x", {"__name__": "y", "__package__": "pkg_rel.sub"})
except ImportError as e:
    print(type(e).__name__, e)

print("__import__ with level:")
m = __import__("b", {"__name__": "pkg_rel.z", "__package__": "pkg_rel"}, None, ["B_VALUE"], 1)
print(m.__name__)
