"""Greenlet ping-pong: two greenlets switch to each other N times (2N switches), then the
creation and completion of many short greenlets. Needs the greenlet module (under python3:
`pip install greenlet`)."""
import sys
from greenlet import greenlet, getcurrent

N = int(float(sys.argv[1]) * 500_000) if len(sys.argv) > 1 else 500_000


def ping(n):
    other = pong_g
    total = 0
    for i in range(n):
        total += other.switch(i)
    return total


def pong(i):
    other = ping_g
    while True:
        i = other.switch(i + 1)


ping_g = greenlet(ping)
pong_g = greenlet(pong)
print("pingpong", ping_g.switch(N))


def child(x):
    return x + 1


made = 0
for i in range(N // 5):
    made += greenlet(child).switch(i)
print("spawned", made)
