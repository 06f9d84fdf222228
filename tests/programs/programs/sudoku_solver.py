# A sudoku solver: constraint propagation plus backtracking, with validation.

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

HARD = """
8........
..36.....
.7..9.2..
.5...7...
....457..
...1...3.
..1....68
..85...1.
.9....4..
"""

def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    if len(rows) != 9 or any(len(r) != 9 for r in rows):
        raise ValueError("a puzzle needs 9 rows of 9 cells")
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]

def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

class Solver:
    def __init__(self, grid):
        self.grid = [row[:] for row in grid]
        self.guesses = 0

    def solve(self):
        best = None
        for r in range(9):
            for c in range(9):
                if self.grid[r][c] == 0:
                    cands = candidates(self.grid, r, c)
                    if not cands:
                        return False
                    if best is None or len(cands) < len(best[2]):
                        best = (r, c, cands)
        if best is None:
            return True
        r, c, cands = best
        for d in cands:
            self.guesses += 1
            self.grid[r][c] = d
            if self.solve():
                return True
        self.grid[r][c] = 0
        return False

def valid(grid):
    groups = [row for row in grid]
    groups += [[grid[r][c] for r in range(9)] for c in range(9)]
    groups += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
               for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)

def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        parts = [" ".join(str(d or ".") for d in row[i:i + 3]) for i in (0, 3, 6)]
        lines.append(" | ".join(parts))
    return "\n".join(lines)

for name, text in [("classic", PUZZLE), ("hard", HARD)]:
    grid = parse(text)
    solver = Solver(grid)
    ok = solver.solve()
    print(f"{name}: solved={ok} valid={valid(solver.grid)} guesses>0={solver.guesses > 0}")
    print(show(solver.grid))
    print("original unchanged:", grid[0][:3])

bad = parse(PUZZLE)
bad[0][2] = 5
print("contradictory puzzle solvable:", Solver(bad).solve())
try:
    parse("123\n456")
except ValueError as e:
    print("ValueError:", e)
