"""Fannkuch-redux: for every permutation of 1..N, count the prefix reversals ("pancake
flips") needed until 1 reaches the front.

Stresses: list slicing and slice assignment, list reversal, integer loops, indexing.
"""

import sys

N = 9
REPEAT = 4


def fannkuch(n):
    """Returns (checksum, maximum flips) over all permutations, visited in the order of a
    counting-based permutation generator (rotations of prefixes)."""
    perm = list(range(n))
    counts = list(range(1, n + 1))
    checksum = 0
    max_flips = 0
    sign = 1
    while True:
        first = perm[0]
        if first:
            work = perm[:]
            flips = 0
            while first:
                work[: first + 1] = work[first::-1]
                flips += 1
                first = work[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if sign > 0 else -flips
        sign = -sign
        # Advance to the next permutation by rotating the shortest prefix whose counter
        # has not run out.
        level = 1
        while True:
            if level == n:
                return checksum, max_flips
            head = perm[0]
            perm[:level] = perm[1 : level + 1]
            perm[level] = head
            counts[level] -= 1
            if counts[level] > 0:
                break
            counts[level] = level + 1
            level += 1


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    for _ in range(max(1, int(REPEAT * scale))):
        checksum, max_flips = fannkuch(N)
    print(checksum)
    print(f"Pfannkuchen({N}) = {max_flips}")


main()
