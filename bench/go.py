"""Go: a 9x9 Go engine choosing moves by Monte Carlo tree search (UCT) over random
playouts; two copies of it play a short game against each other.

Stresses: list-based board manipulation, flood fills with explicit stacks, many small
method calls, object trees (search nodes), float math (sqrt/log) in the selection rule,
a Python-level pseudo-random generator.
"""

import math
import sys

SIZE = 9
MOVES = 6
PLAYOUTS = 120
KOMI = 7.5

EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        """A pseudo-random integer in range(n)."""
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def build_geometry(size):
    """Orthogonal and diagonal neighbour lists for each point of a size x size board."""
    neighbours = []
    diagonals = []
    for pos in range(size * size):
        row, col = divmod(pos, size)
        near = []
        for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            r, c = row + dr, col + dc
            if 0 <= r < size and 0 <= c < size:
                near.append(r * size + c)
        neighbours.append(tuple(near))
        diag = []
        for dr, dc in ((-1, -1), (-1, 1), (1, -1), (1, 1)):
            r, c = row + dr, col + dc
            if 0 <= r < size and 0 <= c < size:
                diag.append(r * size + c)
        diagonals.append(tuple(diag))
    return neighbours, diagonals


NEIGHBOURS, DIAGONALS = build_geometry(SIZE)


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.empties = list(range(SIZE * SIZE))
        self.where = list(range(SIZE * SIZE))
        self.ko = None
        self.passes = 0
        self.moves = 0

    def copy(self):
        other = Board.__new__(Board)
        other.cells = self.cells[:]
        other.empties = self.empties[:]
        other.where = self.where[:]
        other.ko = self.ko
        other.passes = self.passes
        other.moves = self.moves
        return other

    def _occupy(self, pos, color):
        self.cells[pos] = color
        index = self.where[pos]
        last = self.empties.pop()
        if last != pos:
            self.empties[index] = last
            self.where[last] = index

    def _vacate(self, pos):
        self.cells[pos] = EMPTY
        self.where[pos] = len(self.empties)
        self.empties.append(pos)

    def group(self, pos):
        """Returns (stones of the group at pos, whether it has at least one liberty)."""
        cells = self.cells
        color = cells[pos]
        stones = [pos]
        seen = {pos}
        free = False
        stack = [pos]
        while stack:
            p = stack.pop()
            for n in NEIGHBOURS[p]:
                c = cells[n]
                if c == EMPTY:
                    free = True
                elif c == color and n not in seen:
                    seen.add(n)
                    stones.append(n)
                    stack.append(n)
        return stones, free

    def play(self, pos, color):
        """Plays a move if it is legal (not occupied, not ko, not suicide)."""
        if pos == PASS:
            self.passes += 1
            self.ko = None
            self.moves += 1
            return True
        if self.cells[pos] != EMPTY or pos == self.ko:
            return False
        enemy = BLACK + WHITE - color
        self._occupy(pos, color)
        captured = []
        for n in NEIGHBOURS[pos]:
            if self.cells[n] == enemy:
                stones, free = self.group(n)
                if not free:
                    for s in stones:
                        self._vacate(s)
                    captured.extend(stones)
        own, free = self.group(pos)
        if not free:
            self._vacate(pos)
            return False
        self.ko = None
        if len(captured) == 1 and len(own) == 1:
            liberties = sum(1 for n in NEIGHBOURS[pos] if self.cells[n] == EMPTY)
            if liberties == 1:
                self.ko = captured[0]
        self.passes = 0
        self.moves += 1
        return True

    def is_eye(self, pos, color):
        cells = self.cells
        for n in NEIGHBOURS[pos]:
            if cells[n] != color:
                return False
        enemy = BLACK + WHITE - color
        bad = 0
        for d in DIAGONALS[pos]:
            if cells[d] == enemy:
                bad += 1
        if len(DIAGONALS[pos]) < 4:
            return bad == 0
        return bad < 2

    def random_move(self, color, rng):
        """Plays a random legal move that does not fill an own eye, or passes."""
        empties = self.empties
        count = len(empties)
        if count:
            start = rng.below(count)
            for i in range(count):
                pos = empties[(start + i) % count]
                if not self.is_eye(pos, color) and self.play(pos, color):
                    return pos
        self.play(PASS, color)
        return PASS

    def score(self, color):
        """Area score of `color` (stones plus single-colour-bordered empty points)."""
        cells = self.cells
        total = 0
        for pos in range(SIZE * SIZE):
            c = cells[pos]
            if c == color:
                total += 1
            elif c == EMPTY:
                if all(cells[n] == color for n in NEIGHBOURS[pos]):
                    total += 1
        return total

    def winner(self):
        black = self.score(BLACK)
        white = self.score(WHITE) + KOMI
        return BLACK if black > white else WHITE

    def __str__(self):
        return "/".join(
            "".join(".XO"[self.cells[r * SIZE + c]] for c in range(SIZE)) for r in range(SIZE)
        )


class Node:
    """A search-tree node: `color` is the player who moved into this position."""

    def __init__(self, move, color, parent, board):
        self.move = move
        self.color = color
        self.parent = parent
        self.children = []
        self.untried = [p for p in board.empties if not board.is_eye(p, BLACK + WHITE - color)]
        self.wins = 0
        self.visits = 0

    def select(self):
        log_visits = math.log(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = child.wins / child.visits + math.sqrt(2.0 * log_visits / child.visits)
            if value > best_value:
                best = child
                best_value = value
        return best


class Engine:
    def __init__(self, rng, playouts):
        self.rng = rng
        self.playouts = playouts
        self.nodes = 0

    def choose(self, board, color):
        enemy = BLACK + WHITE - color
        root = Node(PASS, enemy, None, board)
        for _ in range(self.playouts):
            node = root
            work = board.copy()
            while not node.untried and node.children:
                node = node.select()
                work.play(node.move, node.color)
            to_move = BLACK + WHITE - node.color
            while node.untried:
                move = node.untried.pop(self.rng.below(len(node.untried)))
                if work.play(move, to_move):
                    child = Node(move, to_move, node, work)
                    node.children.append(child)
                    self.nodes += 1
                    node = child
                    to_move = BLACK + WHITE - to_move
                    break
            limit = SIZE * SIZE * 3
            while work.passes < 2 and work.moves < limit:
                work.random_move(to_move, self.rng)
                to_move = BLACK + WHITE - to_move
            winner = work.winner()
            while node is not None:
                node.visits += 1
                if node.color == winner:
                    node.wins += 1
                node = node.parent
        if not root.children:
            return PASS
        best = max(root.children, key=lambda child: (child.visits, child.wins, -child.move))
        return best.move


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    playouts = max(2, int(PLAYOUTS * scale))
    board = Board()
    engines = {BLACK: Engine(Lcg(1), playouts), WHITE: Engine(Lcg(2), playouts)}
    color = BLACK
    moves = []
    for _ in range(MOVES):
        move = engines[color].choose(board, color)
        board.play(move, color)
        moves.append(move)
        color = BLACK + WHITE - color
    print("moves " + " ".join(str(m) for m in moves))
    print(f"black {board.score(BLACK)} white {board.score(WHITE)} "
          f"nodes {engines[BLACK].nodes + engines[WHITE].nodes}")
    print(board)


main()
