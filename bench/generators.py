"""Generators: lazy pipelines, recursive tree walks with `yield from`, coroutine-style
generators driven by `send`/`throw`/`close`, and generator expressions.

Stresses: generator creation, resumption and finalisation; `yield from` delegation chains;
generator expressions consumed by builtins (sum, max, any, all); try/finally inside
generators.
"""

import sys

ITERATIONS = 30
PIPELINE_LENGTH = 60000
TREE_DEPTH = 14


def count_from(start):
    n = start
    while True:
        yield n
        n += 1


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


def keep(predicate, iterable):
    for item in iterable:
        if predicate(item):
            yield item


def transform(function, iterable):
    for item in iterable:
        yield function(item)


def windows(iterable, size):
    """Sliding windows (as tuples) over an iterable."""
    window = []
    for item in iterable:
        window.append(item)
        if len(window) > size:
            del window[0]
        if len(window) == size:
            yield tuple(window)


def pipeline(length):
    numbers = take(length, count_from(1))
    odd = keep(lambda n: n % 3 != 0, numbers)
    squares = transform(lambda n: n * n % 10007, odd)
    return sum(a - b + c for a, b, c in windows(squares, 3))


class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def __iter__(self):
        """In-order traversal as a recursive generator."""
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build_tree(low, high):
    if low > high:
        return None
    middle = (low + high) // 2
    return Tree(middle, build_tree(low, middle - 1), build_tree(middle + 1, high))


def running_average():
    """A coroutine: send numbers in, receive the running mean; throw ValueError to reset."""
    total = 0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError:
            total = count = 0
            average = None
            continue
        total += value
        count += 1
        average = total / count


def drive_coroutine(n):
    averager = running_average()
    next(averager)
    last = 0.0
    resets = 0
    for i in range(n):
        if i % 1000 == 999:
            averager.throw(ValueError)
            resets += 1
        else:
            last = averager.send(i % 97)
    averager.close()
    return last, resets


def finalised(n, log):
    try:
        for i in range(n):
            yield i
    finally:
        log.append(n)


def abandon_generators(n):
    """Starts generators and drops them half-way, running their finally blocks."""
    log = []
    total = 0
    for i in range(n):
        gen = finalised(10, log)
        for value in gen:
            if value == 5:
                break
            total += value
        gen.close()
    return total, len(log)


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    rounds = max(1, int(ITERATIONS * scale))
    tree = build_tree(0, (1 << TREE_DEPTH) - 2)
    pipe_total = tree_total = 0
    average = 0.0
    for _ in range(rounds):
        pipe_total += pipeline(PIPELINE_LENGTH)
        tree_total += sum(tree)
        tree_total += max(v for v in tree if v % 7 == 3)
        tree_total += all(v >= 0 for v in tree) + any(v < 0 for v in tree)
        average, resets = drive_coroutine(20000)
        abandoned, finalisers = abandon_generators(5000)
    print(f"pipeline {pipe_total}")
    print(f"tree {tree_total}")
    print(f"coroutine {average:.6f} resets {resets}")
    print(f"abandoned {abandoned} finalisers {finalisers}")


main()
