# faulthandler: enabling, dumping the Python stack to a file, the watchdog of
# dump_traceback_later, and register() on a user signal.
import faulthandler
import io
import os
import re
import signal
import sys
import time

def show(dump):
    # Runs dump(fd) with a pipe's writing end and prints what it wrote, with the thread id and
    # the directories of file names left out.
    r, w = os.pipe()
    dump(w)
    os.close(w)
    text = os.read(r, 100000).decode()
    os.close(r)
    text = re.sub("0x[0-9a-f]{16}", "0x...", text)
    print(re.sub(r'File "[^"]*/', 'File "', text), end="")


print(faulthandler.is_enabled(), faulthandler.disable())
faulthandler.enable(file=sys.stdout)
print(faulthandler.is_enabled())
faulthandler.enable(sys.stdout.fileno(), all_threads=False)
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())


def inner(fd):
    faulthandler.dump_traceback(fd, all_threads=False)


def outer(fd):
    inner(fd)


show(outer)
show(lambda fd: faulthandler.dump_traceback(file=fd, all_threads=False))
# With all threads, the header names the current thread by its id.
show(faulthandler.dump_traceback)

for bad in (io.StringIO(), -1, "file"):
    try:
        faulthandler.dump_traceback(bad)
    except (ValueError, AttributeError, io.UnsupportedOperation) as e:
        print(type(e).__name__, e)

for bad in (0, -1.5, float("nan"), float("inf"), 10 ** 30):
    try:
        faulthandler.dump_traceback_later(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# The watchdog fires while the program sleeps; cancelling it first prevents the dump.
faulthandler.dump_traceback_later(0.05, file=sys.stdout)
faulthandler.cancel_dump_traceback_later()
time.sleep(0.15)
print("cancelled")



def sleeper():
    time.sleep(0.5)


def later(fd):
    faulthandler.dump_traceback_later(0.1, file=fd)
    sleeper()
    faulthandler.cancel_dump_traceback_later()


show(later)

try:
    faulthandler.register(signal.SIGSEGV)
except RuntimeError as e:
    print(e)


def signalled(fd):
    faulthandler.register(signal.SIGUSR1, file=fd, all_threads=False)
    os.kill(os.getpid(), signal.SIGUSR1)
    print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))


show(signalled)
