"""Usage: memory.py greenlets|tasklets|million [N]

Bytes per suspended computation, each two calls deep, from the growth of RSS over N of them
(greenlets suspended in a switch to main; tasklets blocked on a channel receive), or N tasklets
blocked at once (default 1,000,000): peak RSS and the time to create, run and finish them all.
Run each measurement in a fresh process: freed memory from another would be reused."""
import os
import sys
import time

MODE = sys.argv[1]
N = int(sys.argv[2]) if len(sys.argv) > 2 else (1_000_000 if MODE == "million" else 100_000)


def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def peak():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def greenlets(n):
    from greenlet import greenlet, getcurrent
    main = getcurrent()

    def inner():
        main.switch()

    def outer():
        inner()

    keep = []
    before = rss()
    for _ in range(n):
        g = greenlet(outer)
        g.switch()
        keep.append(g)
    return (rss() - before) / n


def tasklets(n):
    import stackless
    ch = stackless.channel()

    def inner():
        ch.receive()

    def outer():
        inner()

    keep = []
    before = rss()
    for _ in range(n):
        keep.append(stackless.tasklet(outer)())
    stackless.run()
    per = (rss() - before) / n
    for _ in range(n):
        ch.send(None)
    return per


def million(n):
    import stackless
    ch = stackless.channel()
    done = []

    def inner():
        ch.receive()

    def outer():
        inner()
        done.append(1)

    t = time.perf_counter()
    for _ in range(n):
        stackless.tasklet(outer)()
    stackless.run()
    for _ in range(n):
        ch.send(None)
    stackless.run()
    return time.perf_counter() - t, len(done)


try:
    if MODE == "greenlets":
        print(f"bytes_per_suspended_greenlet {greenlets(N):.0f}")
    elif MODE == "tasklets":
        print(f"bytes_per_blocked_tasklet {tasklets(N):.0f}")
    else:
        secs, finished = million(N)
        print(f"blocked_tasklets {N} finished {finished} seconds {secs:.2f} "
              f"peak_rss_mib {peak() / 2**20:.0f}")
except ImportError:
    print(f"{MODE} n/a")
