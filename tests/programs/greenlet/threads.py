# Greenlets belong to the thread that made them: switching to one from another thread fails with
# greenlet's messages, a parent must be on the same thread, a suspended greenlet dropped on another
# thread is killed on its own, and a dead thread's main greenlet reports it.
import threading

import greenlet

made = {}
ready = threading.Event()
release = threading.Event()


def owner():
    made["g"] = greenlet.greenlet(lambda: None)
    made["main"] = greenlet.getcurrent()
    ready.set()
    release.wait(10)


t = threading.Thread(target=owner)
t.start()
ready.wait(10)
try:
    made["g"].switch()
except greenlet.error as e:
    print(type(e).__name__, str(e).split("\n")[0])
g = greenlet.greenlet(lambda: greenlet.getcurrent().parent.switch())
g.switch()
try:
    g.parent = made["g"]
except ValueError as e:
    print(e)
release.set()
t.join()
print(made["main"].dead, repr(made["main"]).endswith(" (thread exited) dead>"))
try:
    made["g"].switch()
except greenlet.error as e:
    print(e)

# A suspended greenlet dropped by another thread is killed (its finally runs) on its own thread,
# the next time that thread asks for a greenlet.
log = []


def body():
    try:
        greenlet.getcurrent().parent.switch()
    finally:
        log.append(("finally", threading.current_thread().name))


holder = [greenlet.greenlet(body)]
holder[0].switch()
t = threading.Thread(target=holder.clear, name="dropper")
t.start()
t.join()
print(log)
greenlet.getcurrent()
print(log)

# Each thread has its own main greenlet, and greenlets switch freely inside each thread.
out = []


def per_thread(n):
    main = greenlet.getcurrent()
    kids = [greenlet.greenlet(lambda i=i: main.switch(i * n)) for i in range(3)]
    out.append((n, [k.switch() for k in kids], main.parent is None))


ts = [threading.Thread(target=per_thread, args=(n,)) for n in (1, 10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
