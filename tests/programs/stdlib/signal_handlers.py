import signal, time
def h(s, f):
    print("handler", s == signal.SIGUSR1)
    raise ValueError("from handler")
print(signal.signal(signal.SIGUSR1, h))
try:
    signal.raise_signal(signal.SIGUSR1)
except ValueError as e:
    print("caught", e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(signal.getsignal(signal.SIGUSR1) is h, signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.strsignal(signal.SIGINT), signal.SIGALRM in signal.valid_signals())
print(signal.SIG_DFL, signal.SIG_IGN, signal.NSIG, signal.SIGINT, signal.SIGTERM)
for bad in [(1, 5), (100, 0), (0, 0)]:
    try:
        signal.signal(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e:
    print("OSError", e.errno)
hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
t = time.monotonic()
while not hits and time.monotonic() - t < 5:
    pass
print("alarm delivered", hits == [signal.SIGALRM])
print(signal.getitimer(signal.ITIMER_REAL))
print(issubclass(signal.ItimerError, OSError))
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print(signal.getsignal(signal.SIGUSR2))
def deep(n):
    if n == 0:
        signal.raise_signal(signal.SIGUSR1)
    return deep(n - 1) if n else 0
try:
    deep(5)
except ValueError as e:
    print("from deep", e)
