# _pickle with objects of the standard library: their reductions written byte for byte, the module
# names memoized where CPython memoizes them, and the objects that cannot be pickled refused.
import _pickle
import array
import collections
import dataclasses
import datetime
import decimal
import fractions
import functools
import ipaddress
import itertools
import operator
import pathlib
import re
import uuid


@dataclasses.dataclass
class DC:
    a: int
    b: str = 'x'


NT = collections.namedtuple('NT', 'a b')
objs = [functools.partial(max, 1, key=abs), collections.deque([1, 2], 5),
        collections.defaultdict(list, a=[1]), collections.Counter('aab'), collections.OrderedDict(a=1),
        datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5), datetime.timedelta(3),
        decimal.Decimal('1.5'), fractions.Fraction(1, 3), DC(1), NT(1, 2), array.array('i', [1, 2]),
        re.compile('a+'), range(3), slice(1, 2), itertools.count(3), uuid.UUID(int=5),
        pathlib.PurePosixPath('/a/b'), ipaddress.ip_address('1.2.3.4'), operator.itemgetter(1),
        operator.attrgetter('a'), operator.methodcaller('f', 1), iter([1, 2]), reversed([1, 2]),
        enumerate('ab'), zip([1], [2]), map(abs, [1]), filter(None, [1]), memoryview(b'ab'),
        property(), staticmethod(abs), classmethod(abs), object(), type, NotImplemented, Ellipsis,
        abs, [].append, _pickle.Pickler, [len, int, iter, range, max, str]]
for o in objs:
    for p in (0, 2, 4):
        try:
            s = _pickle.dumps(o, p)
            r = _pickle.loads(s)
            print(type(o).__name__, p, 'ok', s[:150])
        except Exception as e:
            print(type(o).__name__, p, type(e).__name__, e)
