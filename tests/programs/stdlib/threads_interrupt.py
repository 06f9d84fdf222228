# Ctrl-C reaches the main thread while it waits: in a join, an Event wait and a lock acquire.
import threading, time, os, signal
t = threading.Thread(target=time.sleep, args=(1,))
t.start()
threading.Timer(0.2, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
try:
    t.join()
except KeyboardInterrupt:
    print("interrupted join")
ev = threading.Event()
threading.Timer(0.2, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
try:
    ev.wait()
except KeyboardInterrupt:
    print("interrupted wait")
lk = threading.Lock(); lk.acquire()
threading.Timer(0.2, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
try:
    lk.acquire()
except KeyboardInterrupt:
    print("interrupted acquire")
print("end")
