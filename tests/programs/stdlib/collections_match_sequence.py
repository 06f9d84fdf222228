# deque and array.array are sequences to `match` (CPython's Py_TPFLAGS_SEQUENCE), and so are
# their subclasses; str-like and mapping subjects are not.
import array
import collections


class MyDeque(collections.deque):
    pass


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, *rest]:
            return f"first {x!r} rest {rest!r}"
        case {"k": x}:
            return f"mapping {x!r}"
        case _:
            return "other"


for v in (collections.deque(), collections.deque([1]), collections.deque("abc", maxlen=2),
          MyDeque([3, 4, 5]), array.array("i"), array.array("i", [7]), array.array("d", [1, 2]),
          collections.OrderedDict(k=1), collections.defaultdict(int, k=2), "xy", b"xy",
          collections.Counter("ab")):
    print(type(v).__name__, shape(v))
for t in (collections.deque, MyDeque, array.array, collections.OrderedDict):
    print(t.__name__, bool(t.__flags__ & 1 << 5), bool(t.__flags__ & 1 << 6))
