# Tasklets blocked at the bottom of deep Python recursion (heap frames, soft switches), woken, killed.
import stackless
import sys

sys.setrecursionlimit(100000)
ch = stackless.channel()

def deep(n):
    if n == 0:
        return ch.receive()
    return deep(n - 1) + 1

res = []
for depth in (30000, 50000):
    stackless.tasklet(lambda d=depth: res.append(deep(d)))()
stackless.run()
print(ch.balance, [t.restorable for t in (ch.queue, ch.queue.next)])
ch.send(1)
ch.send(2)
print(res)

# killing a deeply recursed tasklet unwinds every frame's finally
unwound = [0]
def deep_finally(n):
    try:
        if n == 0:
            return ch.receive()
        return deep_finally(n - 1)
    finally:
        unwound[0] += 1
k = stackless.tasklet(deep_finally)(20000)
stackless.run()
k.kill()
print(unwound, k.alive, ch.balance)
