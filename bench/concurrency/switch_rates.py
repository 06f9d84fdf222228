"""Switches per second: greenlet ping-pong, tasklet channel ping-pong (stackless), generator
send; then creation + completion rates of greenlets and tasklets. Prints `name value` lines;
an implementation without a module prints `name n/a`."""
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000


def rate(name, fn, n):
    t = time.perf_counter()
    fn(n)
    dt = time.perf_counter() - t
    print(f"{name} {n / dt:.0f}")


def greenlet_pingpong(n):
    from greenlet import greenlet

    def pong():
        sw = ping_g.switch
        while True:
            sw()

    def ping():
        sw = pong_g.switch
        for _ in range(n // 2):
            sw()

    ping_g = greenlet(ping)
    pong_g = greenlet(pong)
    ping_g.switch()


def tasklet_pingpong(n):
    import stackless
    ch = stackless.channel()
    ch.preference = 1

    def pong():
        rcv = ch.receive
        while True:
            rcv()

    t = stackless.tasklet(pong)()
    stackless.run()
    snd = ch.send
    for _ in range(n):
        snd(None)
    t.kill()


def generator_send(n):
    def gen():
        while True:
            yield

    g = gen()
    next(g)
    send = g.send
    for _ in range(n):
        send(None)


def greenlet_spawn(n):
    from greenlet import greenlet

    def f():
        return 1

    for _ in range(n):
        greenlet(f).switch()


def tasklet_spawn(n):
    import stackless

    def f():
        return 1

    for _ in range(n):
        stackless.tasklet(f)()
    stackless.run()


for name, fn, n in [
    ("greenlet_switches_per_s", greenlet_pingpong, N),
    ("tasklet_channel_transfers_per_s", tasklet_pingpong, N),
    ("generator_sends_per_s", generator_send, N),
    ("greenlet_spawn_per_s", greenlet_spawn, N // 5),
    ("tasklet_spawn_per_s", tasklet_spawn, N // 5),
]:
    try:
        rate(name, fn, n)
    except ImportError:
        print(f"{name} n/a")
