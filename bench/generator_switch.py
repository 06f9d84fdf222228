"""A generator resumed N times: the reference switch between two suspended computations."""
import sys

N = int(float(sys.argv[1]) * 500_000) if len(sys.argv) > 1 else 500_000


def gen():
    i = 0
    while True:
        i = yield i + 1


g = gen()
next(g)
total = 0
for i in range(N):
    total += g.send(i)
print("generator", total)
