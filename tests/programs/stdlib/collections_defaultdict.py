from _collections import defaultdict, _count_elements, _tuplegetter

d = defaultdict(list)
d['a'].append(1)
d['b']
print(d, d['a'], len(d), 'c' in d, d.get('c'), isinstance(d, dict))
print(d.default_factory, defaultdict().default_factory)
e = defaultdict()
try:
    e['x']
except KeyError as ex:
    print('KeyError', ex)
try:
    defaultdict(5)
except TypeError as ex:
    print('TypeError', ex)
f = defaultdict(int, {'x': 1}, y=2)
f['z'] += 5
print(f, sorted(f.items()))
g = f.copy()
print(type(g).__name__, g, g is f, g == f, f.__copy__())
print(f.__reduce__()[:4], list(f.__reduce__()[4]))
print(defaultdict().__reduce__()[:2])
print(f | {'w': 0}, {'w': 0} | f, type({'q': 1} | f).__name__)
f |= {'k': 9}
print(f)
print(f.__or__(5))
f.default_factory = None
print(f.default_factory, repr(f))
del f.default_factory
print(f.default_factory)

class D(defaultdict):
    def __repr__(self):
        return 'D!' + super().__repr__()
x = D(set)
x[1].add(2)
x.attr = 3
print(x, x.attr, type(x.copy()).__name__)
r = defaultdict(None)
r.default_factory = r.copy
r[1]
print(repr(r)[:30])
print(defaultdict[int, str], defaultdict.__name__, defaultdict.__module__)
try:
    defaultdict().__dict__
except AttributeError as ex:
    print('AttributeError', ex)
print(defaultdict.__doc__.splitlines()[0])
print(defaultdict.__mro__)

c = {}
_count_elements(c, 'abracadabra')
print(c)
class M(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
m = M()
_count_elements(m, [1, 1])
print(m)
try:
    _count_elements({}, 1)
except TypeError as ex:
    print('TypeError', ex)
try:
    _count_elements({})
except TypeError as ex:
    print('TypeError', ex)

class P(tuple):
    x = _tuplegetter(0, 'the x')
    y = _tuplegetter(1, 'the y')
    z = _tuplegetter(5, None)
p = P((1, 2))
print(p.x, p.y, P.x, P.x.__doc__, P.x.__reduce__())
try:
    p.z
except IndexError as ex:
    print('IndexError', ex)
try:
    p.x = 5
except AttributeError as ex:
    print('AttributeError', ex)
try:
    del p.x
except AttributeError as ex:
    print('AttributeError', ex)
try:
    P.x.__get__([1])
except TypeError as ex:
    print('TypeError', ex)
print(P.x.__get__(None, P))
try:
    _tuplegetter(1)
except TypeError as ex:
    print('TypeError', ex)
d1 = defaultdict()
print(repr(d1), eval(repr(d1)) == d1)
d1[11] = 41
print(repr(d1))
class sub(defaultdict):
    def __init__(self):
        self.default_factory = self._factory
    def _factory(self):
        return []
d = sub()
print(bool(re.match(r"sub\(<bound method .*sub\._factory of sub\(\.\.\., \{\}\)>, \{\}\)", repr(d))) if False else repr(d).split(' of ')[1])
try:
    defaultdict({})
except TypeError as e:
    print('TypeError', e)
try:
    defaultdict()[(1,)]
except KeyError as err:
    print(err.args)
i = defaultdict(int, {1: 1, 2: 2})
s = defaultdict(str, {0: "zero", 1: "one"})
i_s = i | s
print(i_s.default_factory is int, i_s, list(i_s))
s_i = s | i
print(s_i.default_factory is str, s_i)
i_ds = i | dict(s)
print(i_ds.default_factory is int, i_ds)
ds_i = dict(s) | i
print(type(ds_i).__name__, ds_i.default_factory is int, ds_i)
for f in [lambda: i | list(s.items()), lambda: list(s.items()) | i]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
i |= list(s.items())
print(i.default_factory is int, i)
d2 = defaultdict(list)
print(d2.__missing__(42), d2)
print(defaultdict(list, foo=1, bar=2), d2.default_factory)

class K:
    n = 0
    def __init__(self, v): self.v = v
    def __hash__(self):
        K.n += 1
        return hash(self.v)
    def __eq__(self, o): return self.v == o.v
d = {}
_count_elements(d, [K(1), K(2), K(1)])
print(K.n, sorted(v for v in d.values()))
