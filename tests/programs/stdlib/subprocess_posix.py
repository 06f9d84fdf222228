# The posix calls under subprocess: fork, exec, pipes, dup2, inheritable and blocking flags,
# waitpid and the wait-status helpers, process groups, sysconf.
import os
import signal
import sys

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
os.set_inheritable(r, True)
os.set_blocking(r, False)
print(os.get_inheritable(r), os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.set_blocking(r, True)
fd = os.dup2(w, 50)
print(fd, os.get_inheritable(50))
fd = os.dup2(w, 51, inheritable=False)
print(fd, os.get_inheritable(51))
os.write(50, b"via dup2")
os.close(50)
os.close(51)
print(os.read(r, 100))
os.close(r)
os.close(w)
r, w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
print(os.get_blocking(r), os.get_inheritable(w))
os.close(r)
os.close(w)
for bad in (lambda: os.get_inheritable(999), lambda: os.dup2(999, 5), lambda: os.set_blocking(999, True)):
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno)

# fork: the child writes through a pipe and exits with a status.
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"from child %d" % (os.getppid() > 1))
    os._exit(7)
os.close(w)
print(os.read(r, 100))
os.close(r)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

# A child that returns normally exits with its program's status.
pid = os.fork()
if pid == 0:
    sys.exit(3)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

# A child killed by a signal.
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGTERM)
    os._exit(0)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.WCOREDUMP(status),
      os.waitstatus_to_exitcode(status))

# WNOHANG while the child runs; a new session and process group in the child.
r, w = os.pipe()
ready_r, ready_w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.setsid()
    ok = os.getsid(0) == os.getpid() and os.getpgrp() == os.getpid() and os.getpgid(0) == os.getpid()
    os.write(ready_w, b"!")
    os.read(r, 1)
    os._exit(0 if ok else 1)
os.close(r)
print(os.read(ready_r, 1))
os.close(ready_r)
os.close(ready_w)
print(os.waitpid(pid, os.WNOHANG))
os.killpg(pid, 0)
os.write(w, b"x")
os.close(w)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)

# exec replaces the child.
pid = os.fork()
if pid == 0:
    try:
        os.execv("/bin/sh", ["sh", "-c", "exit 12"])
    finally:
        os._exit(99)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    try:
        os.execve("/bin/sh", ["sh", "-c", 'test "$V" = set && exit 13'], {"V": "set"})
    finally:
        os._exit(99)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for args in (("/bin/sh", []), ("/bin/sh", ("",)), ("/bin/sh", "x"), ("/nonexistent", ["x"])):
    try:
        os.execv(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(os.execvp.__name__, os.execlp.__name__)

print(os.sysconf("SC_PAGE_SIZE") > 0, os.sysconf("SC_OPEN_MAX") > 0, "SC_CLK_TCK" in os.sysconf_names)
for bad in ("SC_NOPE", 1.5):
    try:
        os.sysconf(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WIFCONTINUED(0xffff))
try:
    os.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    print(e)

# register_at_fork: before hooks newest first, then the parent's or the child's.
r, w = os.pipe()
os.register_at_fork(before=lambda: print("before 1"), after_in_parent=lambda: print("in parent"),
                    after_in_child=lambda: os.write(w, b"in child"))
os.register_at_fork(before=lambda: print("before 2"))
for bad in ({}, {"before": 1}, {"after_in_child": "x"}):
    try:
        os.register_at_fork(**bad)
    except TypeError as e:
        print(e)
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
os.close(w)
print(os.read(r, 100))
os.close(r)
