"""A long computation that survives being killed. Its whole state is one object graph (instances,
lists, dicts, a shared reference and a cycle), saved with weft.checkpoint every CHECKPOINT_EVERY
steps. Started again after a crash, it resumes from the last checkpoint and ends with exactly the
result an uninterrupted run gives. `save` writes a temporary file, fsyncs it and renames it into
place, so a kill during a save leaves the previous checkpoint whole.

Usage: weft examples/checkpoint_resume.py STATE_FILE [--crash-at STEP]
(--crash-at ends the process abruptly at that step, like kill -9, to try the resumption.)
"""
import os
import sys
from weft import checkpoint

STEPS = 500
CHECKPOINT_EVERY = 50


class Walker:
    """A random walk driven by its own linear congruential generator (so runs are reproducible)."""

    def __init__(self, name, seed, world):
        self.name = name
        self.seed = seed
        self.pos = [0, 0]
        self.world = world  # a cycle: the world lists its walkers

    def step(self):
        self.seed = (self.seed * 1103515245 + 12345) % 2**31
        dx, dy = [(1, 0), (-1, 0), (0, 1), (0, -1)][(self.seed >> 16) % 4]
        self.pos[0] += dx
        self.pos[1] += dy
        cell = tuple(self.pos)
        self.world.visits[cell] = self.world.visits.get(cell, 0) + 1


class World:
    def __init__(self):
        self.step = 0
        self.visits = {}
        self.walkers = [Walker(name, seed, self) for name, seed in [("ann", 1), ("bob", 2), ("cy", 3)]]

    def advance(self):
        for w in self.walkers:
            w.step()
        self.step += 1

    def result(self):
        busiest = max(self.visits.items(), key=lambda kv: (kv[1], kv[0]))
        return self.step, len(self.visits), busiest, [tuple(w.pos) for w in self.walkers]


def main():
    path = sys.argv[1]
    crash_at = int(sys.argv[sys.argv.index("--crash-at") + 1]) if "--crash-at" in sys.argv else None
    if os.path.exists(path):
        world = checkpoint.load(path)
        print("resumed at step", world.step)
    else:
        world = World()
    while world.step < STEPS:
        world.advance()
        if world.step == crash_at:
            os._exit(9)
        if world.step % CHECKPOINT_EVERY == 0:
            checkpoint.save(path, world)
    print("result", world.result())


if __name__ == "__main__":
    main()
