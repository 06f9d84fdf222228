# __import__ and the import statement for builtin modules, sys.modules caching
import sys

m = __import__("math")
print(type(m).__name__, m.__name__, m is sys.modules["math"], m.floor(3.7))
import math

print(math is m)
t = __import__("time")
print(t.__name__, callable(t.monotonic))
s = __import__("sys", globals(), locals(), [], 0)
print(s is sys)
g = __import__("gc", fromlist=["collect"])
print(g.__name__, callable(g.collect))
print(__import__("math", {}, {}, ("sqrt",)).sqrt(16.0))

for name in ["no_such_module_xyz", "math.nothing_here"]:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, e.name)

try:
    import no_such_module_abc  # noqa: F401
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    from math import no_such_name  # noqa: F401
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'math'"), e.name)
try:
    from sys import not_there  # noqa: F401
except ImportError as e:
    print(type(e).__name__, e)

for args, kwargs in [((5,), {}), (("",), {}), (("math",), {"level": -1}), ((), {})]:
    try:
        __import__(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    __import__("x", {"__name__": "top"}, level=1)
except ImportError as e:
    print(type(e).__name__, e)

from math import pi as PI, e as E

print(round(PI, 5), round(E, 5))
import math as mm, sys as ss

print(mm is math, ss is sys)


def local_import():
    import math as inner_math

    return inner_math.sqrt(9), "inner_math" in locals()


print(local_import(), "inner_math" in globals())

saved = sys.modules["math"]
sys.modules["math"] = "replaced!"
import math as again

print(again)
sys.modules["math"] = saved
import math as restored

print(restored is saved)

sys.modules["fake_mod"] = type(sys)("fake_mod")
sys.modules["fake_mod"].value = 123
import fake_mod  # noqa: E402

print(fake_mod.value, fake_mod.__name__, type(fake_mod).__name__)
from fake_mod import value  # noqa: E402

print(value)
sys.modules["none_mod"] = None
try:
    import none_mod  # noqa: F401
except ImportError as e:
    print(type(e).__name__, e)
print("sys" in sys.builtin_module_names, __name__)
print(type(__builtins__).__name__ in ("module", "dict"), __builtins__.len is len)
