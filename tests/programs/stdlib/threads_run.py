# Real OS threads under the GIL: work spread over threads, locks, conditions, queues, joins,
# exceptions in threads, thread identities, and a GIL hand-over between threads that never block.
import _thread
import queue
import sys
import threading
import time


def total(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


results = {}


def work(k):
    results[k] = total(20000 + k)


ts = [threading.Thread(target=work, args=(k,), name=f"w{k}") for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()) == [(k, total(20000 + k)) for k in range(6)])
print([t.is_alive() for t in ts], [t.name for t in ts])

# A lock keeps a read-modify-write whole across switches.
count = 0
lock = threading.Lock()


def bump():
    global count
    for _ in range(5000):
        with lock:
            c = count
            count = c + 1


ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count)

# Producer and consumers through a queue; a sentinel per consumer ends them.
q = queue.Queue(maxsize=3)
got = []
got_lock = threading.Lock()


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with got_lock:
            got.append(item * 2)
        q.task_done()


cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs:
    c.start()
for i in range(30):
    q.put(i)
for _ in cs:
    q.put(None)
q.join()
for c in cs:
    c.join()
print(sorted(got) == [i * 2 for i in range(30)])

# A condition variable hands a value from one thread to another.
cond = threading.Condition()
box = []


def waiter():
    with cond:
        cond.wait_for(lambda: box)
        box.append("seen " + box[0])


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.01)
with cond:
    box.append("hello")
    cond.notify()
t.join()
print(box)

# Two threads that never block both progress: the GIL is handed over every switch interval.
stop = False
progress = [0, 0]


def spin(i):
    while not stop:
        progress[i] += 1


sys.setswitchinterval(0.001)
a = threading.Thread(target=spin, args=(0,))
b = threading.Thread(target=spin, args=(1,))
a.start()
b.start()
time.sleep(0.1)
stop = True
a.join()
b.join()
print(progress[0] > 0, progress[1] > 0)

# Identities and counts.
idents = []


def ident():
    idents.append((threading.get_ident(), _thread.get_ident(), threading.current_thread().ident))


t = threading.Thread(target=ident)
t.start()
t.join()
i1, i2, i3 = idents[0]
print(i1 == i2 == i3 == t.ident, t.ident != threading.get_ident(), t.native_id > 0)
print(threading.active_count(), threading.main_thread() is threading.current_thread())

# An exception in a thread goes to threading.excepthook; the thread just ends.
seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


def fail():
    raise KeyError("boom")


t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
print(seen)

# SystemExit ends only its thread; _thread.start_new_thread returns the new thread's ident.
done = threading.Event()
out = []


def raw(a, b=0):
    out.append((a, b, _thread.get_ident()))
    done.set()
    raise SystemExit


ident = _thread.start_new_thread(raw, (1,), {"b": 2})
done.wait()
time.sleep(0.01)
print(out[0][:2], out[0][2] == ident)

# A timer fires once, and thread-local data is per thread.
fired = []
tm = threading.Timer(0.01, lambda: fired.append(1))
tm.start()
tm.join()
loc = threading.local()
loc.v = "main"
inner = []
t = threading.Thread(target=lambda: inner.append(getattr(loc, "v", None)))
t.start()
t.join()
print(fired, loc.v, inner)

# Daemon threads still running when the program ends do not keep it alive.
threading.Thread(target=lambda: time.sleep(30), daemon=True).start()
print("end")
