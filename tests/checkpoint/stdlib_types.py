# Standard-library types go through their own reductions (__reduce_ex__, copyreg) and come back
# as pickle gives them back.
from weft import checkpoint as ck
import array
import collections
import dataclasses
import datetime
import decimal
import enum
import fractions
import functools
import pathlib
import re
import uuid


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclasses.dataclass
class Point:
    x: int
    tags: list


@dataclasses.dataclass(frozen=True, slots=True)
class Frozen:
    a: int


values = [
    Color.GREEN, Point(1, ["a"]), Frozen(3),
    datetime.datetime(2024, 1, 2, 3, 4, 5, 6), datetime.date(2020, 2, 29),
    datetime.timedelta(days=3, seconds=5), datetime.timezone.utc,
    decimal.Decimal("1.25"), fractions.Fraction(3, 7), re.compile(r"a+b", re.I),
    functools.partial(max, 1, key=abs), collections.Counter("abracadabra"),
    collections.defaultdict(list, {"a": [1]}), array.array("i", [1, 2, 3]),
    uuid.UUID(int=12345), pathlib.PurePosixPath("/a/b"),
    ValueError("boom", 3), KeyError("k"), StopIteration(7),
]
back = ck.loads(ck.dumps(values))
for v, r in zip(values, back):
    print(type(r).__name__, r == v or repr(r) == repr(v), repr(r)[:70])
print(back[0] is Color.GREEN, back[9] is values[9])
# Shared through a reduction: the same Decimal twice stays one object.
d = decimal.Decimal("2.5")
r = ck.loads(ck.dumps([d, d]))
print(r[0] is r[1])
