# Scheduling, waitid, confstr, preadv/pwritev, lockf, fadvise/fallocate, group lists.
import os
import pwd
import tempfile

m = os.sched_getaffinity(0)
print(type(m).__name__, len(m) >= 1, all(isinstance(c, int) for c in m))
os.sched_setaffinity(0, m)
print(os.sched_getaffinity(0) == m)
for f in [lambda: os.sched_setaffinity(0, []), lambda: os.sched_setaffinity(0, [-10]),
          lambda: os.sched_setaffinity(0, map(int, "0X")),
          lambda: os.sched_setaffinity(0, [1 << 128]), lambda: os.sched_getaffinity(-1),
          lambda: os.getgrouplist(3, 0), lambda: os.initgroups(), lambda: os.initgroups(None),
          lambda: os.initgroups(3, "foo"), lambda: os.confstr("CS_garbage"), lambda: os.confstr(1.5),
          lambda: os.sched_get_priority_max(os.SCHED_RR), lambda: os.sched_get_priority_min(policy=os.SCHED_RR),
          lambda: os.posix_fallocate(-42, 0, 10), lambda: os.posix_fadvise(-42, 0, 0, os.POSIX_FADV_WILLNEED),
          lambda: os.pidfd_open(-1), lambda: os.sched_yield()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
u = pwd.getpwuid(os.getuid())
print(u.pw_gid in os.getgrouplist(u.pw_name, u.pw_gid))
print(os.confstr("CS_PATH") == os.confstr(os.confstr_names["CS_PATH"]))
print(isinstance(os.sched_rr_get_interval(0), float))

pid = os.fork()
if pid == 0:
    os._exit(7)
r = os.waitid(os.P_PID, pid, os.WEXITED)
print(type(r).__name__, r.si_pid == pid, r.si_status, r.si_code == os.CLD_EXITED, len(r))

d = tempfile.mkdtemp()
p = os.path.join(d, "f")
fd = os.open(p, os.O_RDWR | os.O_CREAT)
os.write(fd, b"xx")
print(os.pwritev(fd, [b"test1", b"tt2", b"t3"], 2))
buf = [bytearray(i) for i in [5, 3, 2]]
print(os.preadv(fd, buf, 3), buf)
os.lseek(fd, 0, os.SEEK_SET)
os.lockf(fd, os.F_LOCK, 4)
os.lockf(fd, os.F_ULOCK, 4)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
os.posix_fallocate(fd, 0, 100)
print(os.fstat(fd).st_size)
os.close(fd)
os.unlink(p)
os.rmdir(d)

# The scheduler API and sched_param.
import pickle

p = os.sched_param(5)
print(p, type(p).__module__, p.sched_priority, os.sched_param(sched_priority=3))
try:
    pickle.loads(pickle.dumps(p))
except TypeError as e:
    print(e)
mine = os.sched_getscheduler(0)
print(mine in (os.SCHED_OTHER, os.SCHED_BATCH, os.SCHED_IDLE), os.sched_getparam(0))
os.sched_setscheduler(0, mine, os.sched_getparam(0))
os.sched_setparam(0, os.sched_getparam(0))
for f in [lambda: os.sched_getscheduler(-1), lambda: os.sched_getparam(-1),
          lambda: os.sched_setscheduler(0, mine, None), lambda: os.sched_setparam(0, 43),
          lambda: os.sched_setparam(0, os.sched_param(None)),
          lambda: os.sched_setparam(0, os.sched_param(214748364700)),
          lambda: os.sched_param(), lambda: os.sched_param(1, 2), lambda: os.sched_param(x=1),
          lambda: os.posix_spawn("/bin/sh", ["sh"], {}, scheduler=(None, 3))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "exit 4"], {}, scheduler=(None, os.sched_param(0)))
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "exit 5"], {}, scheduler=(mine, os.sched_param(0)))
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
