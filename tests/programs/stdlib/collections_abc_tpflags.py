# type.__flags__ bits programs test, and a class declaring itself both a sequence and a mapping.
from collections.abc import Collection, Mapping, MutableMapping, MutableSequence, Sequence

SEQUENCE, MAPPING, HEAPTYPE, BASETYPE, ABSTRACT = 1 << 5, 1 << 6, 1 << 9, 1 << 10, 1 << 20


class Plain:
    pass


class MyList(list):
    pass


class MySeq(Sequence):
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return 0


for t in (list, tuple, dict, str, bytes, int, bool, type, object, Exception, KeyError, range,
          memoryview, Sequence, Mapping, MutableSequence,
          MutableMapping, Plain, MyList, MySeq):
    f = t.__flags__
    print(t.__name__, [bool(f & b) for b in (SEQUENCE, MAPPING, HEAPTYPE, BASETYPE, ABSTRACT)],
          [b for b in range(24, 32) if f >> b & 1])

print(type(list.__flags__).__name__)
try:
    list.__flags__ = 0
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

try:
    class Both(Collection):
        __abc_tpflags__ = Sequence.__flags__ | Mapping.__flags__
except TypeError as e:
    print("TypeError", e)


class Seq(Collection):
    __abc_tpflags__ = SEQUENCE

    def __iter__(self):
        return iter((1, 2))

    def __len__(self):
        return 2

    def __contains__(self, x):
        return x in (1, 2)

    def __getitem__(self, i):
        return (1, 2)[i]


match Seq():
    case [a, b]:
        print("sequence", a, b)
    case _:
        print("not a sequence")
print(bool(Seq.__flags__ & SEQUENCE), bool(Seq.__flags__ & MAPPING))
