# A tasklet deep in recursion, with a live generator and a closure, is pickled mid-loop here and
# finished by a second weft process, which gets the pickle on its standard input.
import pickle
import subprocess
import sys

import stackless


def walk(depth, ch, log):
    if depth:
        return walk(depth - 1, ch, log) + 1
    evens = (i for i in range(100) if i % 2 == 0)
    seen = []

    def note(v):
        seen.append(v)
        log.append(v)

    for i, v in enumerate(evens):
        note(v)
        if i == 4:
            ch.receive()
    return sum(seen)


def main(ch, log):
    print("walked", walk(200, ch, log), len(log))


if len(sys.argv) > 1:
    t, ch, log = pickle.load(sys.stdin.buffer)
    print("child got", log)
    ch.send(None)
    sys.exit(0)

ch = stackless.channel()
log = []
t = stackless.tasklet(main)(ch, log)
stackless.run()
print("parent suspended at", log)
data = pickle.dumps((t, ch, log))
child = subprocess.run([sys.executable, __file__, "child"], input=data, capture_output=True)
print(child.stdout.decode(), end="")
print(child.stderr.decode(), end="")
ch.send(None)
