import signal, os
print(signal.struct_siginfo.__module__, signal.struct_siginfo.n_sequence_fields, signal.struct_siginfo.n_fields)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(signal.sigtimedwait([signal.SIGUSR1], 0.01))
os.kill(os.getpid(), signal.SIGUSR1)
i = signal.sigwaitinfo([signal.SIGUSR1])
print(type(i).__name__, i.si_signo, i.si_code, i.si_errno, i.si_pid == os.getpid(), i.si_uid == os.getuid(), i.si_status, len(i))
os.kill(os.getpid(), signal.SIGUSR1)
i = signal.sigtimedwait({signal.SIGUSR1}, 1)
print(i[0], i.si_pid == os.getpid())
for bad in [([signal.SIGUSR1], -1), ([signal.SIGUSR1], "x"), ([0], 1)]:
    try:
        signal.sigtimedwait(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    signal.setitimer(signal.ITIMER_REAL, "x")
except TypeError as e:
    print(e)
