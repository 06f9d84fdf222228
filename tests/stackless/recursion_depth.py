# tasklet.recursion_depth: the running tasklet's Python frame depth, kept with it while it waits.
import stackless


def f(n, ch):
    if n == 0:
        print("depth inside", stackless.getcurrent().recursion_depth)
        ch.receive()
        return
    f(n - 1, ch)


ch = stackless.channel()
t = stackless.tasklet(f)(5, ch)
stackless.run()
print("suspended depth", t.recursion_depth)
ch.send(None)
print("dead depth", t.recursion_depth, t.alive)
