# N-queens: count all solutions with backtracking and bitmasks; print the first board.

def solve_all(n):
    solutions = []
    cols = [0] * n
    def place(row, used_cols, diag1, diag2):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols[row] = c
            used_cols.add(c); diag1.add(row - c); diag2.add(row + c)
            place(row + 1, used_cols, diag1, diag2)
            used_cols.remove(c); diag1.remove(row - c); diag2.remove(row + c)
    place(0, set(), set(), set())
    return solutions

def count_bits(n):
    full = (1 << n) - 1
    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total
    return go(0, 0, 0)

def board(cols):
    n = len(cols)
    return "\n".join(" ".join("Q" if cols[r] == c else "." for c in range(n)) for r in range(n))

for n in range(1, 9):
    sols = solve_all(n)
    print(n, len(sols), count_bits(n))
print(count_bits(10), count_bits(11))

eight = solve_all(8)
print(board(eight[0]))
print(eight[0], eight[-1])

# Symmetry classes: reduce solutions under rotation and reflection.
def transforms(cols):
    n = len(cols)
    pts = [(r, c) for r, c in enumerate(cols)]
    out = []
    for _ in range(4):
        pts = [(c, n - 1 - r) for r, c in pts]
        for flip in (False, True):
            q = [(r, n - 1 - c) if flip else (r, c) for r, c in pts]
            out.append(tuple(c for _, c in sorted(q)))
    return out

unique = {min(transforms(s)) for s in eight}
print("fundamental solutions for 8 queens:", len(unique))
print(sorted(unique)[0])
