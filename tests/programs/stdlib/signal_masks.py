import signal
print(signal.sigpending())
for bad in [5, [100], [0]]:
    try:
        signal.sigwait(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(old)
signal.raise_signal(signal.SIGUSR1)
print(signal.sigpending())
print(signal.sigwait([signal.SIGUSR1]))
print(signal.sigpending())
hits = []
signal.signal(signal.SIGUSR2, lambda s, f: hits.append(s))
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2})
signal.raise_signal(signal.SIGUSR2)
print("blocked", hits, signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2]))
print("unblocked", hits)
print(signal.pthread_sigmask(signal.SIG_SETMASK, []))
try:
    signal.pthread_sigmask(99, [])
except OSError as e:
    print("OSError", e.errno)
print(signal.siginterrupt(signal.SIGUSR1, True), signal.siginterrupt(signal.SIGUSR1, False))
for s in [signal.SIGTERM, signal.SIGKILL, signal.SIGHUP, 40]:
    print(s, signal.strsignal(s))
try:
    signal.strsignal(0)
except ValueError as e:
    print(e)
print(signal.alarm(0), signal.alarm(10), signal.alarm(0))
print(signal.setitimer(signal.ITIMER_REAL, 0), signal.getitimer(signal.ITIMER_VIRTUAL))
try:
    signal.setitimer(99, 1)
except signal.ItimerError as e:
    print("ItimerError", e.errno, type(e).__name__, type(e).__module__)
print(len(signal.valid_signals()), min(signal.valid_signals()), max(signal.valid_signals()))
print(sorted(n for n in dir(signal) if n.startswith("SIG") and not n.startswith("SIG_")))
