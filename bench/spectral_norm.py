"""Spectral norm: the largest singular value of the infinite matrix
A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), estimated by power iteration on A^T A.

Stresses: nested loops over ranges, float division, generator expressions passed to sum(),
zip, list comprehensions, small function calls.
"""

import math
import sys

SIZE = 500
ITERATIONS = 10


def entry(i, j):
    s = i + j
    return 1.0 / ((s * (s + 1) >> 1) + i + 1)


def times(vector):
    n = len(vector)
    return [sum(entry(i, j) * v for j, v in enumerate(vector)) for i in range(n)]


def times_transposed(vector):
    n = len(vector)
    return [sum(entry(j, i) * v for j, v in enumerate(vector)) for i in range(n)]


def times_ata(vector):
    return times_transposed(times(vector))


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    n = max(2, int(SIZE * scale))
    u = [1.0] * n
    v = u
    for _ in range(ITERATIONS):
        v = times_ata(u)
        u = times_ata(v)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    print(f"{math.sqrt(vbv / vv):.9f}")
    print(f"{sum(u):.6f}")


main()
