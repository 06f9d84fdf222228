# The order in which package __init__ files and modules execute, and when attributes appear.
import sys

print("import pkg_order.level1.level2.deep:")
import pkg_order.level1.level2.deep
print(pkg_order.level1.level2.deep.DEPTH)

print("a sibling is only executed when imported:")
print(hasattr(pkg_order.level1, "sibling"))
from pkg_order.level1 import sibling
print(hasattr(pkg_order.level1, "sibling"), sibling.__name__)

print("everything is cached:")
import pkg_order.level1.level2.deep
import pkg_order.level1.sibling
print(sorted(k for k in sys.modules if k.startswith("pkg_order")))

print("import inside a function runs at call time, once:")
def lazy():
    import pkg_basic.helper
    return pkg_basic.helper.CONSTANT
print("before first call")
print(lazy())
print(lazy())

print("import inside a conditional:")
if False:
    import pkg_rel
print("pkg_rel" in sys.modules)

print("import in a try block with a fallback:")
try:
    import not_available_module as impl
except ImportError:
    import pkg_basic.sub.leaf as impl
print(impl.__name__)

print("import inside a loop imports once:")
for i in range(3):
    import pkg_star.no_all
print(pkg_star.no_all.public)
