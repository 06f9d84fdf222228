# from module import *: __all__ decides; without it, public names only.

print("from pkg_star import * (with __all__):")
from pkg_star import *
print(exported, also_exported, submodule_listed.NAME)
print("not_listed" in dir(), "_private" in dir())

print("from pkg_star.no_all import * (no __all__):")
from pkg_star.no_all import *
print(public, func(), Klass.__name__)
print("_private" in dir(), "__dunder__" in dir(), "_math_alias" in dir())

print("__all__ naming a missing attribute:")
try:
    from pkg_star.bad_all import *
except AttributeError as e:
    print(type(e).__name__, e)
print("exists" in dir())

print("__all__ with a non-string item:")
try:
    from pkg_star.nonstr_all import *
except TypeError as e:
    print(type(e).__name__, e)

print("star import into an exec namespace:")
ns = {}
exec("from pkg_star import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))

print("star import is a syntax error inside functions:")
try:
    compile("def f():\n    from pkg_star import *\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)

print("star import overwrites existing names:")
exported = "local value"
from pkg_star import *
print(exported)
