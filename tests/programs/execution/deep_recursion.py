# Deep recursion: with a raised limit, 100,000 and 1,000,000 nested Python calls work.
import sys

sys.setrecursionlimit(10**6 + 100)
print(sys.getrecursionlimit())

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(100_000))
print(depth(1_000_000))

# Recursion through a method and keyword arguments.
class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def length(self, acc=0):
        if self.nxt is None:
            return acc + 1
        return self.nxt.length(acc=acc + 1)

head = None
for _ in range(100_000):
    head = Node(head)
print(head.length())

# Mutual recursion.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(200_000), is_odd(200_001))

# Recursion that builds a result on the way back up.
def build(n):
    if n == 0:
        return []
    lst = build(n - 1)
    lst.append(n)
    return lst
r = build(100_000)
print(len(r), r[:3], r[-3:])

# An exception raised at the bottom unwinds through every frame, running finally blocks.
unwound = [0]
def fail_deep(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        fail_deep(n - 1)
    finally:
        unwound[0] += 1
try:
    fail_deep(100_000)
except ValueError as e:
    print("caught", e, "after unwinding", unwound[0], "frames")

# Deep recursion through a generator chain (yield from).
def chain(n):
    if n == 0:
        yield "leaf"
    else:
        yield from chain(n - 1)
print(list(chain(10_000)))

# Recursive closures.
def make(n):
    def rec(k):
        return k if k == 0 else rec(k - 1)
    return rec(n)
print(make(50_000))
