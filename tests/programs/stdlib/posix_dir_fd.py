# dir_fd and follow_symlinks through the *at calls, fwalk, scandir of a descriptor.
import os
import stat
import tempfile

d = tempfile.mkdtemp()
print(os.stat in os.supports_dir_fd, os.scandir in os.supports_fd, os.stat in os.supports_follow_symlinks)
print(sorted(f.__name__ for f in os.supports_dir_fd))
print(sorted(f.__name__ for f in os.supports_fd))
print(sorted(f.__name__ for f in os.supports_follow_symlinks))
dfd = os.open(d, os.O_RDONLY)
os.mkdir("sub", dir_fd=dfd)
fd = os.open("sub/file", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=dfd)
os.write(fd, b"hello")
os.close(fd)
print(os.stat("sub/file", dir_fd=dfd).st_size)
os.symlink("sub", "link", dir_fd=dfd)
print(os.readlink("link", dir_fd=dfd))
print(stat.S_ISLNK(os.stat("link", dir_fd=dfd, follow_symlinks=False).st_mode))
print(os.access("sub/file", os.R_OK, dir_fd=dfd))
os.chmod("sub/file", 0o600, dir_fd=dfd)
print(oct(os.stat("sub/file", dir_fd=dfd).st_mode & 0o777))
os.utime("sub/file", ns=(5_000_000_001, 7_000_000_002), dir_fd=dfd)
st = os.stat("sub/file", dir_fd=dfd)
print(st.st_atime_ns, st.st_mtime_ns)
os.link("sub/file", "hard", src_dir_fd=dfd, dst_dir_fd=dfd)
print(os.stat("hard", dir_fd=dfd).st_nlink)
os.rename("hard", "hard2", src_dir_fd=dfd, dst_dir_fd=dfd)
os.mkfifo("fifo", dir_fd=dfd)
print(stat.S_ISFIFO(os.stat("fifo", dir_fd=dfd).st_mode))

for top, dirs, files, fd in os.fwalk(d):
    print(os.path.relpath(top, d), sorted(dirs), sorted(files), type(fd).__name__)
for top, dirs, files, fd in os.fwalk(os.fsencode(d), topdown=False):
    print(os.path.relpath(top, os.fsencode(d)), sorted(dirs), sorted(files))

with os.scandir(dfd) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.path, e.is_dir(), e.is_symlink(), e.stat().st_nlink > 0)

os.unlink("hard2", dir_fd=dfd)
os.unlink("fifo", dir_fd=dfd)
os.unlink("link", dir_fd=dfd)
os.unlink("sub/file", dir_fd=dfd)
os.rmdir("sub", dir_fd=dfd)
print(os.listdir(dfd))
os.close(dfd)

# utime's argument checks.
f = os.path.join(d, "f")
open(f, "w").close()
for kw in ({"times": (5, 5), "ns": (5, 5)}, {"times": [5, 5]}, {"times": (5,)}, {"ns": [5, 5]}, {"ns": (5, 5, 5)}):
    try:
        os.utime(f, **kw)
    except Exception as e:
        print(type(e).__name__, e)
with open(f, "rb") as fp:
    os.utime(fp.fileno(), (10, 20))
print(os.stat(f).st_mtime)
os.truncate(f, 3)
print(os.stat(f).st_size)
os.unlink(f)
os.rmdir(d)
