# run(timeout=) and run(totaltimeout=): a tasklet that runs out of safe points (loop back edges and
# calls) is interrupted, taken off the run queue and returned by run(); inserted again, it goes on
# where it was.
import stackless


def count(name, n):
    total = 0
    for i in range(n):
        total += i
    print(name, "done", total)


a = stackless.tasklet(count)("a", 10000)
b = stackless.tasklet(count)("b", 10)
interrupted = stackless.run(100)
print("interrupted:", interrupted is a, interrupted.alive, interrupted.scheduled,
      stackless.getruncount())
slices = 0
while interrupted is not None:
    interrupted.insert()
    interrupted = stackless.run(1000)
    slices += 1
print("slices:", slices)
print(stackless.run(50))


def spin(n):
    x = 0
    for i in range(n):
        x += 1
    return x


t = stackless.tasklet(spin)(100000)
r = stackless.run(totaltimeout=500)
print(r is t, t.alive, t.scheduled)
t.kill()
print(t.alive)


# The interrupt lands inside nested calls too; the interrupted tasklet resumes in them.
def rec(n):
    if n == 0:
        return 0
    return 1 + rec(n - 1)


def deep():
    print("deep result", rec(300))


t = stackless.tasklet(deep)()
n = 0
r = stackless.run(50)
while r is not None:
    n += 1
    r.insert()
    r = stackless.run(50)
print("interrupts:", n)
