# Blocking calls give the GIL up: a thread blocked reading a pipe, sleeping, waiting on a lock or
# in select lets the others run. Also: locks released by another thread, timeouts, RLock owners,
# signal handlers only on the main thread, fork with threads running, and a module imported by
# two threads at once.
import os
import select
import signal
import sys
import tempfile
import threading
import time

r, w = os.pipe()
read = []
t = threading.Thread(target=lambda: read.append(os.read(r, 100)))
t.start()
time.sleep(0.02)
print(t.is_alive())  # still blocked in read, and this thread ran
os.write(w, b"data")
t.join()
print(read)

ready = []
t = threading.Thread(target=lambda: ready.append(select.select([r], [], [], 5)[0] == [r]))
t.start()
time.sleep(0.02)
os.write(w, b"x")
t.join()
print(ready, os.read(r, 10))
os.close(r)
os.close(w)

# A lock taken by one thread and released by another.
lk = threading.Lock()
lk.acquire()
t = threading.Thread(target=lk.release)
t.start()
t.join()
print(lk.locked(), lk.acquire(timeout=0.01), lk.acquire(timeout=0.01))
lk.release()

# A blocking acquire waits for the holder.
order = []
inside = threading.Event()


def holder():
    with lk:
        order.append("holder in")
        inside.set()
        time.sleep(0.05)
        order.append("holder out")


t = threading.Thread(target=holder)
t.start()
inside.wait()
with lk:
    order.append("main in")
t.join()
print(order)

# RLock: only the owner may release.
rl = threading.RLock()
rl.acquire()
rl.acquire()
errs = []


def other():
    try:
        rl.release()
    except RuntimeError as e:
        errs.append(str(e))
    errs.append(rl.acquire(blocking=False))


t = threading.Thread(target=other)
t.start()
t.join()
rl.release()
rl.release()
print(errs, rl.acquire(blocking=False))
rl.release()

# Signal handlers are set, and run, on the main thread only.
msgs = []


def set_handler():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        msgs.append(str(e))


t = threading.Thread(target=set_handler)
t.start()
t.join()
signal.signal(signal.SIGUSR1, lambda s, f: msgs.append(("handled", threading.current_thread().name)))
t = threading.Thread(target=lambda: os.kill(os.getpid(), signal.SIGUSR1))
t.start()
t.join()
time.sleep(0.01)
print(msgs)

# time.sleep(0) lets a waiting thread in.
flag = []
t = threading.Thread(target=lambda: flag.append(1))
t.start()
while not flag:
    time.sleep(0)
t.join()
print(flag)

# fork while other threads run: the child has only the forking thread, and can start new ones.
stop = threading.Event()
spinner = threading.Thread(target=lambda: stop.wait())
spinner.start()
pid = os.fork()
if pid == 0:
    n = threading.active_count()
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
    os._exit(10 + n)
_, status = os.waitpid(pid, 0)
stop.set()
spinner.join()
print(os.waitstatus_to_exitcode(status))

# Two threads import a slow module at once: the second waits for the first to finish it.
d = tempfile.mkdtemp()
with open(os.path.join(d, "slowmod.py"), "w") as f:
    f.write("import time\ntime.sleep(0.05)\nVALUE = 42\n")
sys.path.insert(0, d)
vals = []


def imp():
    import slowmod
    vals.append(slowmod.VALUE)


ts = [threading.Thread(target=imp) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(vals)
os.remove(os.path.join(d, "slowmod.py"))
os.rmdir(d)
