"""Move a suspended greenlet to another process.

greenlet itself refuses to pickle; under weft a greenlet switched away from in Python code is a chain
of heap frames, and pickles. Here a producer greenlet, deep in recursion and holding a live
generator and a closure, hands results to the main greenlet one at a time. Halfway through, the main
greenlet pickles it and sends it to a second weft process through a pipe; the second process becomes
its parent and drains it. The two outputs together are the output of one process:

    weft examples/migrate_greenlet.py            # migrate halfway
    weft examples/migrate_greenlet.py --single   # the same in one process
"""
import pickle
import subprocess
import sys

import greenlet


def primes():
    """An unbounded prime generator (trial division by the primes found so far)."""
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def produce(depth, count):
    if depth:
        return produce(depth - 1, count)
    sent = []

    def hand_over(p):
        sent.append(p)
        greenlet.getcurrent().parent.switch(p)

    for p in primes():
        if len(sent) == count:
            return sum(sent)
        hand_over(p)


def drain(g, label):
    while True:
        got = g.switch()
        if g.dead:
            print(f"{label}: the producer returned the sum {got}")
            return
        print(f"prime {got}")


def main():
    if "--resume" in sys.argv:
        g = pickle.load(sys.stdin.buffer)
        return drain(g, "second process")
    g = greenlet.greenlet(produce)
    first = g.switch(200, 40)
    print(f"prime {first}")
    if "--single" in sys.argv:
        return drain(g, "second process")
    for _ in range(19):
        print(f"prime {g.switch()}")
    sys.stdout.flush()
    data = pickle.dumps(g, pickle.HIGHEST_PROTOCOL)
    print(f"[migrating {len(data)} bytes]", file=sys.stderr)
    child = subprocess.run([sys.executable, __file__, "--resume"], input=data)
    sys.exit(child.returncode)


main()
