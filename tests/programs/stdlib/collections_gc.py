import gc
from _collections import deque, defaultdict
from _functools import partial, _lru_cache_wrapper
from _operator import itemgetter, methodcaller

class Fin:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('collected', self.name)

def cycle_deque():
    x = Fin('deque')
    d = deque([x])
    x.d = d

def cycle_iter():
    x = Fin('deque iterator')
    d = deque([x])
    x.it = iter(d)

def cycle_defaultdict():
    x = Fin('defaultdict')
    dd = defaultdict(None)
    dd.default_factory = x.method = dd.copy
    dd['k'] = x

def cycle_partial():
    x = Fin('partial')
    x.p = partial(print, x)

def cycle_lru():
    x = Fin('lru_cache')
    w = _lru_cache_wrapper(lambda a: x, None, False, tuple)
    w(1)
    x.w = w

def cycle_methodcaller():
    x = Fin('methodcaller')
    x.m = methodcaller('f', x)

for f in [cycle_deque, cycle_iter, cycle_defaultdict, cycle_partial, cycle_lru, cycle_methodcaller]:
    f()
    gc.collect()
print('done')
