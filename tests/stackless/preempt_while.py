# A loop whose back edge is a conditional jump (a `while` tests at the bottom) is a safe point too:
# run(timeout) interrupts it.
import stackless


def count(limit):
    n = 0
    while n < limit:
        n += 1
    print("counted", n)


def halve(x):
    steps = 0
    while x != 1:
        x = x // 2 if x % 2 == 0 else x - 1
        steps += 1
    print("halved in", steps)


for f, arg in ((count, 100_000), (halve, 2**4000)):
    t = stackless.tasklet(f)(arg)
    got = stackless.run(100)
    print(f.__name__, "interrupted:", got is t, t.alive)
    t.insert()
    stackless.run()
