"""Hexiom: a sliding-tile puzzle on a hexagonal board. Each numbered tile must touch exactly
that many other tiles; given the multiset of tiles (and a few locked cells), find every
arrangement. Puzzles are generated from a random layout, then solved by backtracking search
with constraint checks.

Stresses: recursion, dict-based multisets, tuple/list manipulation, small method calls,
early-exit loops, set operations.
"""

import sys

RADIUS = 3
PUZZLES = 8
TILE_FRACTION = 0.6
LOCKED = 10

EMPTY = -1
DIRECTIONS = ((1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1))


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class HexGrid:
    """Cells of a hexagon of the given radius in axial coordinates, with adjacency."""

    def __init__(self, radius):
        self.radius = radius
        self.coords = [
            (q, r)
            for r in range(-radius, radius + 1)
            for q in range(-radius, radius + 1)
            if abs(q + r) <= radius
        ]
        index = {coord: i for i, coord in enumerate(self.coords)}
        self.neighbours = []
        for q, r in self.coords:
            near = []
            for dq, dr in DIRECTIONS:
                other = index.get((q + dq, r + dr))
                if other is not None:
                    near.append(other)
            self.neighbours.append(tuple(near))

    def __len__(self):
        return len(self.coords)

    def render(self, values):
        rows = {}
        for (q, r), value in zip(self.coords, values):
            rows.setdefault(r, []).append("." if value == EMPTY else str(value))
        return "/".join(" " * abs(r) + " ".join(cells) for r, cells in sorted(rows.items()))


class Puzzle:
    def __init__(self, grid, tiles, locked):
        self.grid = grid
        self.tiles = tiles  # value -> how many tiles carry it
        self.locked = locked  # cell -> value (EMPTY for a locked hole)

    @classmethod
    def generate(cls, grid, rng):
        n = len(grid)
        occupied = set()
        target = int(n * TILE_FRACTION)
        while len(occupied) < target:
            occupied.add(rng.below(n))
        layout = []
        for cell in range(n):
            if cell in occupied:
                layout.append(sum(1 for m in grid.neighbours[cell] if m in occupied))
            else:
                layout.append(EMPTY)
        tiles = {}
        for value in layout:
            if value != EMPTY:
                tiles[value] = tiles.get(value, 0) + 1
        locked = {}
        while len(locked) < LOCKED:
            cell = rng.below(n)
            locked[cell] = layout[cell]
        return cls(grid, tiles, locked), layout


class Solver:
    def __init__(self, puzzle):
        self.puzzle = puzzle
        self.grid = puzzle.grid
        self.values = [None] * len(self.grid)
        self.remaining = dict(puzzle.tiles)
        self.holes = len(self.grid) - sum(puzzle.tiles.values())
        for cell, value in puzzle.locked.items():
            self.values[cell] = value
            if value == EMPTY:
                self.holes -= 1
            else:
                self.remaining[value] -= 1
        self.order = [c for c in range(len(self.grid)) if c not in puzzle.locked]
        self.solutions = []
        self.nodes = 0

    def consistent(self, cell):
        """Checks the tile at `cell` and its neighbours can still see the right count."""
        values = self.values
        neighbours = self.grid.neighbours
        for c in (cell,) + neighbours[cell]:
            value = values[c]
            if value is None or value == EMPTY:
                continue
            tiles = unknown = 0
            for m in neighbours[c]:
                v = values[m]
                if v is None:
                    unknown += 1
                elif v != EMPTY:
                    tiles += 1
            if tiles > value or tiles + unknown < value:
                return False
        return True

    def search(self, depth):
        self.nodes += 1
        if depth == len(self.order):
            self.solutions.append(tuple(self.values))
            return
        cell = self.order[depth]
        if self.holes > 0:
            self.values[cell] = EMPTY
            self.holes -= 1
            if self.consistent(cell):
                self.search(depth + 1)
            self.holes += 1
        for value, count in sorted(self.remaining.items()):
            if count == 0 or value > len(self.grid.neighbours[cell]):
                continue
            self.values[cell] = value
            self.remaining[value] = count - 1
            if self.consistent(cell):
                self.search(depth + 1)
            self.remaining[value] = count
        self.values[cell] = None

    def solve(self):
        for cell in self.puzzle.locked:
            if not self.consistent(cell):
                return []
        self.search(0)
        return self.solutions


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    grid = HexGrid(RADIUS)
    rng = Lcg(424242)
    total_nodes = 0
    solutions = []
    for number in range(max(1, int(PUZZLES * scale))):
        puzzle, layout = Puzzle.generate(grid, rng)
        solver = Solver(puzzle)
        solutions = solver.solve()
        total_nodes += solver.nodes
        if tuple(layout) not in solutions:
            raise RuntimeError("the generating layout was not found")
        print(f"puzzle {number}: {len(solutions)} solutions, {solver.nodes} nodes")
    print(f"nodes {total_nodes}")
    print(f"last first solution {grid.render(solutions[0])}")


main()
