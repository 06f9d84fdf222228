# __class_getitem__ and generic aliases of builtin types.

class Box:
    def __class_getitem__(cls, item):
        print(f"  __class_getitem__({cls.__name__}, {item!r})")
        return f"Box of {item!r}"

print(Box[int])
print(Box[int, str])
print(Box["forward"])
print(Box[()])

# Implicitly a classmethod: inherited with the subclass as cls.
class SubBox(Box):
    pass
print(SubBox[float])
print(type(Box.__dict__["__class_getitem__"]).__name__)

# Instances are not subscriptable through __class_getitem__.
try:
    Box()[int]
except TypeError as e:
    print("TypeError", e)

# A metaclass __getitem__ takes precedence over __class_getitem__.
class Meta(type):
    def __getitem__(cls, item):
        return "Meta.__getitem__"
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "__class_getitem__"
print(Both[0])

# Plain classes are not subscriptable.
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError", e)

# Builtin generic aliases.
aliases = [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[bytes],
           frozenset[int], type[int], list[list[list[str]]]]
for a in aliases:
    print(repr(a), a.__origin__.__name__, a.__args__)
la = list[int]
print(la() == [], type(la()).__name__, la("ab"), la is list[int], la == list[int], la != list[str])
print(isinstance([], list), la.__parameters__, type(la).__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError", e)
print(list[int] | None if False else "union skipped", dict[str, int]({"a": 1}))
print(tuple[int, str].__args__, tuple[int][0] if False else "skip", len(tuple[int, str, float].__args__))

# __class_getitem__ with default arguments and generics built by hand.
class Typed:
    _registry = {}
    def __class_getitem__(cls, item):
        if item not in cls._registry:
            cls._registry[item] = type(f"{cls.__name__}[{item.__name__}]", (cls,), {"item_type": item})
        return cls._registry[item]
    def __init__(self, value):
        if not isinstance(value, self.item_type):
            raise TypeError(f"expected {self.item_type.__name__}, got {type(value).__name__}")
        self.value = value
IntBox = Typed[int]
print(IntBox.__name__, Typed[int] is IntBox, IntBox(3).value)
try:
    Typed[str](5)
except TypeError as e:
    print("TypeError", e)
print(sorted(k.__name__ for k in Typed._registry))
