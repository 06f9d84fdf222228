# fcntl.fcntl, flock, lockf and ioctl on pipes and a scratch file; argument errors.
import fcntl, os
r, w = os.pipe()
fl = fcntl.fcntl(r, fcntl.F_GETFL)
print(fl & os.O_NONBLOCK)
fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK), os.get_blocking(r))
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
path = '/tmp/weft_fcntl_%d' % os.getpid()
with open(path, 'wb') as f:
    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_EX, 10, 0, 0)
    fcntl.lockf(f, fcntl.LOCK_UN)
    print("locked ok")
os.unlink(path)
for bad in ("x", -1, 3.5):
    try:
        fcntl.fcntl(bad, fcntl.F_GETFD)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    fcntl.fcntl(999, fcntl.F_GETFD)
except OSError as e:
    print(e)
try:
    fcntl.lockf(r, 8)
except ValueError as e:
    print(e)
print(len(fcntl.fcntl(r, fcntl.F_GETFD, b"\0" * 8)))
try:
    fcntl.ioctl(r, 0x5413, b"\0" * 8)
except OSError as e:
    print(e)
