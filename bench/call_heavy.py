"""Call heavy: very many calls of small functions and methods, with positional, keyword,
default, `*args` and `**kwargs` arguments; bound, static and class methods; calls through
`super()`; and callable instances.

Stresses: call setup and argument binding, frame creation and teardown, method lookup.
"""

import sys

ITERATIONS = 800000


def add(a, b):
    return a + b


def scaled(value, factor=2, offset=0):
    return value * factor + offset


def keyword_only(a, *, low=0, high=100):
    if a < low:
        return low
    if a > high:
        return high
    return a


def variadic(*args):
    total = 0
    for arg in args:
        total += arg
    return total


def options(base, **kwargs):
    return base + len(kwargs) + kwargs.get("bonus", 0)


def forward(*args, **kwargs):
    return scaled(*args, **kwargs)


def recurse(n):
    if n == 0:
        return 0
    return 1 + recurse(n - 1)


class Counter:
    created = 0

    def __init__(self, start=0):
        self.value = start
        Counter.created += 1

    def step(self, amount=1):
        self.value += amount
        return self

    def get(self):
        return self.value

    @staticmethod
    def clamp(value, limit):
        return value if value < limit else limit

    @classmethod
    def starting_at(cls, start):
        return cls(start)

    def __call__(self, amount):
        self.value -= amount
        return self.value


class DoubleCounter(Counter):
    def step(self, amount=1):
        return super().step(amount * 2)


def run(n):
    total = 0
    counter = Counter()
    double = DoubleCounter.starting_at(5)
    for i in range(n):
        total += add(i, 1)
        total += add(b=i, a=2)
        total += scaled(i)
        total += scaled(i, 3)
        total += scaled(i, offset=1)
        total += scaled(value=i, factor=1, offset=-1)
        total += keyword_only(i % 150, high=120)
        total += keyword_only(-i, low=-5)
        total += variadic(i, 1, 2)
        total += variadic()
        total += options(i, bonus=3, extra=None)
        total += options(i)
        total += forward(i, factor=4)
        counter.step().step(2)
        double.step()
        total += Counter.clamp(counter.get(), 1000) + double.get() % 7
        total += counter(1)
        if i % 100 == 0:
            total += recurse(50)
            total += Counter.starting_at(i).step(3).get()
    return total % 1000000007, counter.value, double.value, Counter.created


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    total, counted, doubled, created = run(max(1, int(ITERATIONS * scale)))
    print(f"total {total}")
    print(f"counter {counted} double {doubled} created {created}")


main()
