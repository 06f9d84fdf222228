import signal, time, sys
def h(s, f):
    print("handler", f.f_code.co_name, f.f_lineno > 0)
signal.signal(signal.SIGALRM, h)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t = time.monotonic(); time.sleep(0.2); print("slept fully", time.monotonic() - t >= 0.19)
class Stop(Exception): pass
def h2(s, f): raise Stop
signal.signal(signal.SIGALRM, h2)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t = time.monotonic()
try:
    time.sleep(2)
except Stop:
    print("interrupted", time.monotonic() - t < 1)
def f():
    signal.raise_signal(signal.SIGUSR1)
signal.signal(signal.SIGUSR1, h)
f()
signal.signal(signal.SIGALRM, lambda s, f: print("pause woke"))
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
import _thread
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    _thread.interrupt_main()
    for i in range(10): pass
except KeyboardInterrupt:
    print("interrupt_main -> KeyboardInterrupt")
l = _thread.allocate_lock(); l.acquire()
signal.signal(signal.SIGALRM, h2)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    l.acquire()
except Stop:
    print("blocked acquire interrupted")
print(signal.getitimer(signal.ITIMER_REAL))
old = signal.set_wakeup_fd(-1); print(old)
try: signal.set_wakeup_fd(9999)
except OSError as e: print(type(e).__name__, e)
