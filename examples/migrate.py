"""Move a running tasklet to another process.

A tasklet deep in recursion, holding a live generator and a closure, is preempted mid-loop by
`stackless.run(timeout)`, pickled, and written to a second weft process through a pipe. The second
process unpickles it and runs it to the end. The output of the two together is the output of one
uninterrupted run:

    weft examples/migrate.py            # migrate after 20,000 instructions
    weft examples/migrate.py --single   # the same computation in one process
"""
import pickle
import subprocess
import sys

import stackless


def collatz_lengths(limit):
    """Yields (n, length of n's Collatz sequence) for n up to limit."""
    for n in range(1, limit + 1):
        steps, x = 0, n
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        yield n, steps


def descend(depth, limit):
    """Recurses `depth` frames down before doing the work, so the migrated chain is deep."""
    if depth:
        return descend(depth - 1, limit)
    best = [0, 0]

    def consider(n, steps):
        if steps > best[1]:
            best[:] = [n, steps]
            print(f"new longest: {n} takes {steps} steps", flush=True)

    for n, steps in collatz_lengths(limit):
        consider(n, steps)
    return best


def job():
    n, steps = descend(300, 3000)
    print(f"done: {n} has the longest sequence below 3000 ({steps} steps)", flush=True)


def resume_from_stdin():
    t = pickle.load(sys.stdin.buffer)
    print("[resumed in a second process]", file=sys.stderr)
    t.insert()
    stackless.run()


def main():
    if "--resume" in sys.argv:
        return resume_from_stdin()
    t = stackless.tasklet(job)()
    if "--single" in sys.argv:
        stackless.run()
        return
    interrupted = stackless.run(20_000)
    if interrupted is None:
        return
    data = pickle.dumps(interrupted, pickle.HIGHEST_PROTOCOL)
    print(f"[migrating {len(data)} bytes]", file=sys.stderr)
    sys.stdout.flush()
    child = subprocess.run([sys.executable, __file__, "--resume"], input=data)
    sys.exit(child.returncode)


main()
