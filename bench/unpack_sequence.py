"""Unpack sequence: tuple and list unpacking in every form Python offers — fixed-size
unpacking of tuples and lists, swaps and rotations, starred targets, nested targets in `for`
loops, unpacking function results, and building tuples to unpack again.

Stresses: UNPACK_SEQUENCE / UNPACK_EX on tuples and lists, BUILD_TUPLE, multiple
assignment, tuple-returning calls.
"""

import sys

ITERATIONS = 600000


def divmod_pair(a, b):
    return a // b, a % b


def fixed_tuples(n):
    total = 0
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    for i in range(n):
        a, b, c, d, e, f, g, h, j, k = t
        a, b, c, d, e, f, g, h, j, k = t
        a, b, c, d, e, f, g, h, j, k = t
        a, b, c, d, e, f, g, h, j, k = t
        total += a + b + c + d + e + f + g + h + j + k + i % 3
    return total


def fixed_lists(n):
    total = 0
    items = [10, 20, 30, 40, 50]
    for i in range(n):
        a, b, c, d, e = items
        e, d, c, b, a = items
        a, b, c, d, e = items
        items[i % 5] = (a + e - c) % 1000
        total += a - b + c - d + e
    return total


def swaps_and_rotations(n):
    a, b, c, d = 1, 2, 3, 4
    for _ in range(n):
        a, b = b, a
        a, b, c = c, a, b
        a, b, c, d = d, c, b, a
        b, d = d + 1, b - 1
        a, c = c, a
    return a, b, c, d


def starred(n):
    total = 0
    data = list(range(12))
    for i in range(n):
        first, *middle, last = data
        head, second, *rest = data
        *init, tail = data
        total += first + last + len(middle) + second + len(rest) + tail + len(init)
        data[i % 12] = (data[i % 12] + 1) % 50
    return total


def nested_targets(n):
    pairs = [((i, i + 1), (i * 2, (i * 3, i % 5))) for i in range(20)]
    total = 0
    for _ in range(n // 20):
        for (a, b), (c, (d, e)) in pairs:
            total += a + b - c + d * e
        for index, ((a, _), rest) in enumerate(pairs):
            total += index * a + rest[0]
    return total


def function_results(n):
    total = 0
    for i in range(n):
        q, r = divmod_pair(i * 7919, 97)
        lo, hi = (q, r) if q < r else (r, q)
        total += hi - lo
        (x, y), z = divmod_pair(i, 13), i
        total += x * y + z
    return total


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    n = max(20, int(ITERATIONS * scale))
    print(f"tuples {fixed_tuples(n * 4)} lists {fixed_lists(n * 4)}")
    print(f"swaps {swaps_and_rotations(n * 4 + 3)}")
    print(f"starred {starred(n)} nested {nested_targets(n)} results {function_results(n * 2)}")


main()
