# {**a}, f(**a), dict(a) and d.update(a) read a dict subclass that overrides __iter__ through keys(),
# and {**a} is dict.update: a source changed by a key's __eq__ raises.
class D(dict):
    def keys(self): return ['a']
    def __getitem__(self, k): return 42
class E(D):
    def __iter__(self): return iter(['b'])
for cls in (D, E):
    x = cls(a=1, b=2)
    print({**x}, dict(x), dict(**x))
    d = {}; d.update(x); print(d)
    def f(**kw): return kw
    print(f(**x))
class X:
    def __hash__(self): return 0
    def __eq__(self, o):
        other.clear(); return False
other = {i: 0 for i in range(1, 40)}
other[X()] = 0
try:
    print(len({X(): 0, 1: 1, **other}))
except RuntimeError as e: print('RuntimeError', e)

def f(**kw): return kw
for thunk in (lambda: {**1}, lambda: {**[(1, 2)]}, lambda: f(**1), lambda: f(**{'a': 1}, **{'a': 2}),
              lambda: f(**{1: 2}), lambda: {'x': 1, **{'y': 2}, **{'x': 3}}, lambda: dict(**{'a': 1}),
              lambda: f(**{'a': 1}, a=2)):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
class M:
    def keys(self): raise KeyError('k')
for thunk in (lambda: {**M()}, lambda: f(**M())):
    try: print(thunk())
    except Exception as e: print(type(e).__name__, e)
