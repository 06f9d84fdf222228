# import statement forms with the standard modules weft provides natively.

import sys
import math as m
import time, gc
from math import pi, floor as fl
from math import (
    sqrt,
    ceil,
)
from sys import *

print(type(sys).__name__, m.__name__, m is sys.modules["math"], pi, fl(2.7), sqrt(16.0), ceil(1.2))
print(time.__name__, gc.__name__, "maxsize" in dir(), type(maxsize).__name__)

# Importing the same module twice gives the same object.
import math
import math as again
print(math is again is m)

# Imports inside functions bind local names.
def local_import():
    import math as local_math
    from math import e
    return local_math.floor(e), "local_math" in locals()
print(local_import(), "local_math" in globals())

# Import inside a class body binds a class attribute.
class Holder:
    import math
    from math import tau
print(Holder.math is math, Holder.tau == 2 * pi)

# from-import of a missing name.
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)

# Importing a missing module.
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import math.submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from no_such_pkg import thing
except ImportError as e:
    print(type(e).__name__, e)

# __import__ is what the statement calls.
mod = __import__("math")
print(mod is math, __import__("sys").maxsize == sys.maxsize)

# Import binds the top-level name only for dotted imports; 'as' binds the leaf.
ns = {}
exec("import math", ns)
print(sorted(k for k in ns if k != "__builtins__"))

# Star imports are only allowed at module level.
for src in ["def f():\n    from math import *", "class C:\n    from math import *",
            "from math import *", "import math.pi as", "from . import", "from math import (pi, e",
            "from math import pi,", "import (math)", "from .. import x", "from math import *, pi"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

# Relative imports outside a package fail at run time.
try:
    exec("from . import something")
except ImportError as e:
    print(type(e).__name__, e)

# Module objects are ordinary objects with attributes.
print(math.__name__, hasattr(math, "__doc__"), "math" in sys.modules, isinstance(math, type(sys)))
math.custom_attribute = "set on module"
import math as same
print(same.custom_attribute)
del math.custom_attribute
