import atexit, signal
atexit.register(print, "atexit runs before the process ends by SIGINT")
print("raising")
signal.raise_signal(signal.SIGINT)
print("not reached")
