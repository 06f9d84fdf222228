# Conway's Game of Life on a finite torus and on an unbounded set of live cells.

def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines())
            for c, ch in enumerate(line) if ch == "#"}

def neighbours(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}

def render(live, rows, cols, r0=0, c0=0):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(c0, c0 + cols))
                     for r in range(r0, r0 + rows))

def bounding_box(live):
    rs = [r for r, _ in live]
    cs = [c for _, c in live]
    return min(rs), min(cs), max(rs), max(cs)

glider = parse("""
.#.
..#
###
""")
state = glider
for gen in range(5):
    print(f"generation {gen}:")
    print(render(state, 5, 5))
    state = step(state)
print("glider after 4 steps is a translated copy:",
      step(step(step(step(glider)))) == {(r + 1, c + 1) for r, c in glider})

blinker = parse("###")
print("blinker period 2:", step(step(blinker)) == blinker, step(blinker) != blinker, sorted(step(blinker)))
block = parse("##\n##")
print("block is still life:", step(block) == block)

# R-pentomino grows for a long time; track population for a while.
r_pentomino = parse("""
.##
##.
.#.
""")
state = r_pentomino
populations = []
for gen in range(60):
    populations.append(len(state))
    state = step(state)
print(populations[:10], populations[-5:], max(populations))
print("bounding box after 60 generations:", bounding_box(state))

# A torus version with a fixed grid.
def step_torus(grid):
    rows, cols = len(grid), len(grid[0])
    def count(r, c):
        return sum(grid[(r + dr) % rows][(c + dc) % cols] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    return [[1 if (count(r, c) == 3 or (grid[r][c] and count(r, c) == 2)) else 0 for c in range(cols)]
            for r in range(rows)]

grid = [[0] * 6 for _ in range(6)]
for r, c in glider:
    grid[r][c] = 1
for _ in range(24):
    grid = step_torus(grid)
print("glider returns home on a 6x6 torus after 24 steps:",
      {(r, c) for r in range(6) for c in range(6) if grid[r][c]} == glider)
