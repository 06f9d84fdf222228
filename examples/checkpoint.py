"""A long computation that survives `kill -9`.

Counts the solutions of the N-queens problem for each square of the first row, in a tasklet.
Every CHECKPOINT_EVERY safe points, `stackless.run(timeout)` preempts it; the tasklet, with its
frame chain and the lines it has produced, is saved with `weft.checkpoint.save` (a temporary file,
fsynced, renamed over the last checkpoint), and only then are the new lines appended to the output.
Started again after a crash, it loads the last checkpoint, brings the output file up to it and
goes on, so the output is byte for byte that of an uninterrupted run:

    weft examples/checkpoint.py STATE_DIR      # output in STATE_DIR/output.txt
"""
import os
import sys

import stackless
from weft import checkpoint

N = 12
CHECKPOINT_EVERY = 20_000


def placements(n, row, cols, diag1, diag2):
    """Yields each full placement below `row` (a generator of generators, deep in recursion)."""
    if row == n:
        yield 1
        return
    for col in range(n):
        if col in cols or row + col in diag1 or row - col in diag2:
            continue
        yield from placements(n, row + 1, cols | {col}, diag1 | {row + col}, diag2 | {row - col})


def solve(n, lines):
    total = 0
    for first in range(n):
        count = 0
        # A loop, not `sum(...)`: a generator driven by a native is not resumable data.
        for found in placements(n, 1, {first}, {first}, {-first}):
            count += found
        total += count
        lines.append(f"queen in column {first}: {count} solutions\n")
    lines.append(f"{n} queens: {total} solutions\n")


def catch_up(out_path, lines):
    """Makes the output file hold exactly `lines` (it holds a prefix of them, maybe cut mid-line)."""
    done = b""
    if os.path.exists(out_path):
        with open(out_path, "rb") as f:
            done = f.read()
    whole = done[: done.rfind(b"\n") + 1]
    written = whole.count(b"\n")
    with open(out_path, "ab") as f:
        f.truncate(len(whole))
        for line in lines[written:]:
            f.write(line.encode())
        f.flush()
        os.fsync(f.fileno())


def main(state_dir):
    os.makedirs(state_dir, exist_ok=True)
    ckpt = os.path.join(state_dir, "checkpoint.bin")
    out = os.path.join(state_dir, "output.txt")
    if os.path.exists(ckpt):
        t, lines = checkpoint.load(ckpt)
        print(f"resuming after {len(lines)} lines", file=sys.stderr)
    else:
        lines = []
        t = stackless.tasklet(solve)(N, lines)
        t.remove()
    catch_up(out, lines)
    saves = 0
    while t.alive:
        t.insert()
        if stackless.run(CHECKPOINT_EVERY) is t:
            checkpoint.save(ckpt, (t, lines))
            saves += 1
        catch_up(out, lines)
    print(f"finished after {saves} checkpoints", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
