# dir() of an alias is dir(origin) plus the alias's own names; aliases take weak references.
import weakref
from collections.abc import Callable
d = dir(list[int])
print(d == sorted(d), sorted(set(d) - set(dir(list))), set(dir(list)) <= set(d))
print(sorted(set(dir(Callable[..., int])) - set(dir(Callable))))
a = list[int]
r = weakref.ref(a)
print(r() is a)
c = Callable[..., int]
print(type(c).__name__, weakref.ref(c)() == c)
