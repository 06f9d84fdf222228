"""N-queens: count the placements of N non-attacking queens, three ways — by filtering all
permutations produced by a recursive generator, by backtracking with sets, and by
backtracking with integer bitmasks.

Stresses: recursive generators (`yield from`), set construction and membership, generator
expressions, integer bit operations, recursion.
"""

import sys

PERMUTATION_N = 9
SET_N = 10
BITMASK_N = 11
REPEAT = 3


def permutations(items):
    """Yields every ordering of `items` as a tuple (a recursive generator)."""
    if len(items) <= 1:
        yield tuple(items)
        return
    for i, head in enumerate(items):
        rest = items[:i] + items[i + 1 :]
        for tail in permutations(rest):
            yield (head,) + tail


def by_permutations(n):
    """A permutation places one queen per row and column; keep those whose diagonals are
    all distinct."""
    columns = list(range(n))
    found = 0
    first = None
    for cols in permutations(columns):
        if n == len({cols[i] + i for i in columns}) == len({cols[i] - i for i in columns}):
            found += 1
            if first is None:
                first = cols
    return found, first


def by_sets(n):
    solutions = []
    used_cols, used_diag, used_anti = set(), set(), set()
    placed = []

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for col in range(n):
            if col in used_cols or row + col in used_diag or row - col in used_anti:
                continue
            used_cols.add(col)
            used_diag.add(row + col)
            used_anti.add(row - col)
            placed.append(col)
            place(row + 1)
            placed.pop()
            used_cols.remove(col)
            used_diag.remove(row + col)
            used_anti.remove(row - col)

    place(0)
    return solutions


def by_bitmasks(n):
    full = (1 << n) - 1

    def count(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            total += count(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return count(0, 0, 0)


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    repeat = max(1, int(REPEAT * scale))
    for _ in range(repeat):
        found, first = by_permutations(PERMUTATION_N)
        solutions = by_sets(SET_N)
        masks = by_bitmasks(BITMASK_N)
    print(f"permutations {PERMUTATION_N}: {found} first {first}")
    print(f"sets {SET_N}: {len(solutions)} last {solutions[-1]}")
    print(f"bitmasks {BITMASK_N}: {masks}")


main()
