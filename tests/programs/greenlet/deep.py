# A greenlet 100,000 frames deep in plain recursion that switches to its parent every 1,000 frames.
import sys
from greenlet import greenlet, getcurrent

sys.setrecursionlimit(200_000)
main = getcurrent()


def down(n):
    if n == 0:
        return 0
    if n % 1000 == 0:
        main.switch(n)
    return 1 + down(n - 1)


g = greenlet(down)
r = g.switch(100_000)
switches = 0
while not g.dead:
    switches += 1
    r = g.switch()
print(switches, r)
