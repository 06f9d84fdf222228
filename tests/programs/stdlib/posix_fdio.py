# Less common descriptor functions: eventfd, getrandom, readv/writev, pread/pwrite,
# copy_file_range, splice, memfd_create, statvfs, times, pathconf, xattr, ids.
import os
import struct
import tempfile

fd = os.eventfd(42)
print(os.get_inheritable(fd), os.read(fd, 8) == struct.pack("@Q", 42))
os.eventfd_write(fd, 20)
os.eventfd_write(fd, 3)
print(os.eventfd_read(fd))
os.close(fd)
fd = os.eventfd(1, os.EFD_NONBLOCK | os.EFD_SEMAPHORE)
print(os.eventfd_read(fd))
try:
    os.eventfd_read(fd)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.close(fd)
for f in (lambda: os.eventfd(-1), lambda: os.getrandom(-1), lambda: os.copy_file_range(0, 1, -10),
          lambda: os.splice(0, 1, -10), lambda: os.writev(1, 3), lambda: os.writev(1, [3]),
          lambda: os.readv(0, [b"x"]), lambda: os.fpathconf(0, "XX"), lambda: os.fpathconf(0, 1.5),
          lambda: os.setuid("a"), lambda: os.setuid(1 << 32), lambda: os.setgid(-2),
          lambda: os.chown("x", 1.5, 0)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(len(os.getrandom(16)), os.getrandom(0))

d = tempfile.mkdtemp()
p = os.path.join(d, "data")
fd = os.open(p, os.O_RDWR | os.O_CREAT)
print(os.writev(fd, [b"0123", bytearray(b"456"), memoryview(b"789")]))
print(os.pread(fd, 4, 3), os.pwrite(fd, b"ab", 8), os.pread(fd, 100, 0))
os.lseek(fd, 0, 0)
a, b = bytearray(3), bytearray(4)
print(os.readv(fd, [a, b]), a, b)
out = os.open(os.path.join(d, "out"), os.O_RDWR | os.O_CREAT)
print(os.copy_file_range(fd, out, 4, offset_src=2, offset_dst=1))
print(os.pread(out, 10, 0))
r, w = os.pipe()
print(os.splice(fd, w, 3, offset_src=5), os.read(r, 10))
for x in (r, w, out, fd):
    os.close(x)
m = os.memfd_create("weft")
print(os.write(m, b"xyz"), os.fstat(m).st_size)
os.close(m)

sv = os.statvfs(d)
print(type(sv).__name__, len(sv), type(sv).n_fields, sv.f_bsize > 0, sv.f_namemax)
print(os.pathconf(d, "PC_NAME_MAX"), "PC_NAME_MAX" in os.pathconf_names)
t = os.times()
print(type(t), len(t), all(isinstance(x, float) for x in t), t.user == t[0])

os.setxattr(p, "user.test", b"hello")
print(os.getxattr(p, "user.test"), os.getxattr(p, b"user.test"), os.listxattr(p))
os.setxattr(p, "user.test", b"bye", os.XATTR_REPLACE)
print(os.getxattr(p, "user.test"))
try:
    os.setxattr(p, "user.test", b"x", os.XATTR_CREATE)
except OSError as e:
    print(type(e).__name__, e.errno == __import__("errno").EEXIST)
# Values and name lists longer than the first buffer tried.
os.setxattr(p, "user.long", b"v" * 1000)
for i in range(20):
    os.setxattr(p, "user.name%02d_" % i + "n" * 40, b"1")
print(len(os.getxattr(p, "user.long")), len(os.listxattr(p)))
for name in os.listxattr(p):
    if name != "user.test":
        os.removexattr(p, name)
os.removexattr(p, "user.test")
print(os.listxattr(p))
xfd = os.open(p, os.O_RDONLY)
try:
    os.getxattr(xfd, "user.x", follow_symlinks=False)
except ValueError as e:
    print(e)
os.close(xfd)
os.unlink(p)
os.unlink(os.path.join(d, "out"))
os.rmdir(d)
print(os.uname().sysname, type(os.uname()).__name__)
print(os.getpriority(os.PRIO_PROCESS, 0) == os.getpriority(os.PRIO_PROCESS, os.getpid()))
print(os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1)))
