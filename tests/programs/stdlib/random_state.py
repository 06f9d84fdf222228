# _random.Random: state tuples, argument rules, errors and subclassing.
import _random
import random


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


random.seed(7)
state = random.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)])

r = _random.Random(5)
s = r.getstate()
print(len(s), s[:3], s[-1])
a = r.random()
r.setstate(s)
print(a == r.random(), a)
r.setstate((1,) * 625)
print(r.random(), r.getstate()[-1])
r.setstate((7,) * 624 + (624,))
print(r.random(), r.getstate()[-1])
r.setstate((True,) * 624 + (0,))
print(r.random())
r.setstate((2**32 + 5,) * 624 + (3,))
print(r.getstate()[:2], r.getstate()[-1])

attempt(lambda: r.setstate((1,) * 624 + (625,)))
attempt(lambda: r.setstate((1,) * 624 + (-1,)))
attempt(lambda: r.setstate((-1,) * 625))
attempt(lambda: r.setstate((2**64,) * 625))
attempt(lambda: r.setstate((1.5,) * 625))
attempt(lambda: r.setstate((1,) * 624 + (1.5,)))
attempt(lambda: r.setstate((1,) * 624 + (2**70,)))
attempt(lambda: r.setstate([1] * 625))
attempt(lambda: r.setstate((1,)))
attempt(lambda: r.setstate())
attempt(lambda: r.getrandbits(-1))
attempt(lambda: r.getrandbits(0))
attempt(lambda: r.getrandbits(2**40))
attempt(lambda: r.getrandbits(1.5))
attempt(lambda: r.getrandbits())
attempt(lambda: r.seed([1]))
attempt(lambda: r.seed(1, 2))
attempt(lambda: r.random(1))
attempt(lambda: r.getstate(1))
attempt(lambda: random.Random().setstate((9, (), None)))
attempt(lambda: random.Random().setstate((3, (1,) * 625, None)))
attempt(lambda: random.seed([1, 2]))
attempt(lambda: _random.Random.random(3))

r.seed(1.5)
print(r.random())
r.seed((1, 2))
print(0 <= r.random() < 1)
r.seed(None)
print(0 <= r.random() < 1)

for args, kwargs in [((1, 2), {}), ((), {'x': 1}), ((7,), {}), ((), {})]:
    attempt(lambda: type(_random.Random(*args, **kwargs)).__name__)


class Plain(_random.Random):
    pass


attempt(lambda: Plain(x=1))
attempt(lambda: Plain(3).random())
attempt(lambda: Plain(1, 2))


class OwnInit(_random.Random):
    def __init__(self, *args, **kwargs):
        print('init', args, kwargs)


attempt(lambda: OwnInit(1, 2, x=3).random() < 1)


class Sub(random.Random):
    def __init__(self, a, b=None):
        super().__init__(a)
        self.b = b

    def random(self):
        return super().random() / 2


sub = Sub(3, b=4)
print(sub.b, sub.random(), sub.randrange(100))
print(isinstance(sub, _random.Random), random.Random.__mro__)
print(_random.Random.__doc__)
print(_random.Random.random.__doc__)
print(_random.Random.getrandbits.__doc__)
print(_random.Random.__module__, _random.__doc__)

import copy
import pickle
x = random.Random(11)
x.random()
y = pickle.loads(pickle.dumps(x))
print(y.random() == x.random())
z = copy.deepcopy(x)
print(z.random() == x.random())
attempt(lambda: pickle.dumps(_random.Random(1)))
attempt(lambda: copy.copy(_random.Random(1)))
attempt(lambda: pickle.dumps(Plain(2)))
