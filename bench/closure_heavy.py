"""Closure heavy: closures created and called in loops, `nonlocal` counters and
accumulators, decorators (with and without arguments) stacked on functions, lambdas
capturing loop variables through defaults, and memoisation through a captured dict.

Stresses: cell variables (LOAD_DEREF/STORE_DEREF), function object creation
(MAKE_FUNCTION with closures and defaults), calls through wrapper functions, *args/**kwargs
forwarding.
"""

import sys

ITERATIONS = 750000


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def make_accumulator():
    total = 0
    history = []

    def add(value):
        nonlocal total
        total += value
        history.append(total)
        return total

    def summary():
        return total, len(history)

    return add, summary


def counted(function):
    """Decorator: counts calls in a closure variable readable through an attribute."""
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return function(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


def clamp_result(low, high):
    """Decorator factory: clamps the wrapped function's result into [low, high]."""

    def decorate(function):
        def wrapper(*args, **kwargs):
            result = function(*args, **kwargs)
            return low if result < low else high if result > high else result

        return wrapper

    return decorate


def memoize(function):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = function(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@counted
@clamp_result(-1000, 1000)
def polynomial(x, a=1):
    return a * x * x - 3 * x + 7


@memoize
def fibonacci(n):
    return n if n < 2 else (fibonacci(n - 1) + fibonacci(n - 2)) % 1000003


def compose(*functions):
    def composed(value):
        for function in reversed(functions):
            value = function(value)
        return value

    return composed


def run(n):
    counter = make_counter(10)
    add, summary = make_accumulator()
    adders = [lambda x, k=k: x + k for k in range(8)]
    pipeline = compose(lambda v: v * 3, lambda v: v - 1, lambda v: v % 101)
    total = 0
    for i in range(n):
        total += counter()
        total += counter(step=2)
        add(i % 13)
        total += polynomial(i % 50) + polynomial(i % 7, a=-2)
        total += adders[i % 8](i)
        total += pipeline(i)
        scale = i % 5

        def scaled(v):
            return v * scale

        total += scaled(3)
        total += make_counter(i)(5)
        if i % 1000 == 0:
            fibonacci.cache.clear()
        total += fibonacci(i % 300)
    accumulated, steps = summary()
    return total % 1000000007, accumulated, steps, polynomial.calls


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    total, accumulated, steps, calls = run(max(1, int(ITERATIONS * scale)))
    print(f"total {total}")
    print(f"accumulated {accumulated} over {steps} steps, polynomial called {calls} times")


main()
