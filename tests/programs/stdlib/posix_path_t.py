# The path converter of posix functions (CPython's path_t): str paths encoded with
# surrogateescape, bytes-like paths (deprecated), descriptors where allowed, error messages.
import os
import tempfile
import warnings


def show(f):
    try:
        r = f()
        print("ok", r if not isinstance(r, os.stat_result) else "stat_result")
    except Exception as e:
        print(type(e).__name__, e, repr(getattr(e, "filename", None)))


class FakePath:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


d = tempfile.mkdtemp()
os.chdir(d)

# Undecodable file names round-trip through str with surrogateescape.
name = os.fsdecode(b"x\xff")
print(ascii(name))
os.mkdir(name)
print(os.listdir(b"."), [ascii(n) for n in os.listdir(".")])
print([ascii(e.name) for e in os.scandir(".")])
os.rmdir(name)
show(lambda: os.stat("\ud800"))

# Type and value errors.
show(lambda: os.stat("a\0"))
show(lambda: os.stat(b"a\0"))
show(lambda: os.stat(1.5))
show(lambda: os.stat(None))
show(lambda: os.listdir(1.5))
show(lambda: os.lstat(0))
show(lambda: os.stat(FakePath(3)))
show(lambda: os.stat(FakePath(2.5)))
show(lambda: os.stat(2**40))
show(lambda: os.stat("x", dir_fd=1.5))
show(lambda: os.stat("x", dir_fd="a"))
show(lambda: os.open(b"x", os.O_RDONLY, dir_fd=2**40))
show(lambda: os.stat(3, dir_fd=4))
show(lambda: os.utime(3, follow_symlinks=False))
show(lambda: os.utime(3, dir_fd=3))

# Errors name the path (or the descriptor) they were given.
show(lambda: os.stat(999))
show(lambda: os.chdir(999))
show(lambda: os.chmod(999, 0o777))
show(lambda: os.listdir(999))
show(lambda: os.utime(999))
show(lambda: os.truncate(999, 0))
show(lambda: os.open("nonexistent", 0, dir_fd=999))
show(lambda: os.unlink("x", dir_fd=999))
show(lambda: os.rename("a", "b", src_dir_fd=999))
show(lambda: os.link("a", "b"))

# Bytes-like paths work, with a DeprecationWarning, and errors keep the object.
open("f", "w").close()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    show(lambda: os.stat(bytearray(b"f")))
    show(lambda: [e.name for e in os.scandir(memoryview(b"."))])
    show(lambda: os.stat(bytearray(b"missing")))
print([str(x.message) for x in w])

# A descriptor for a path.
fd = os.open(".", os.O_RDONLY)
print(sorted(os.listdir(fd)), [e.path for e in os.scandir(fd)])
show(lambda: os.stat(fd).st_mode == os.stat(".").st_mode)
os.close(fd)

# Struct sequences have no room for other attributes.
r = os.stat("f")
for attr in ("st_mode", "st_rdev", "parrot"):
    show(lambda: setattr(r, attr, 1))
os.unlink("f")
os.chdir("/")
os.rmdir(d)

# Where CPython takes PyUnicode_FSConverter (argv, environment, memfd names, initgroups), other
# bytes-like objects are refused.
for f in (lambda: os.execv("/bin/true", [bytearray(b"x")]), lambda: os.putenv(bytearray(b"x"), "y"),
          lambda: os.memfd_create(bytearray(b"x")), lambda: os.putenv("a\0", "b"),
          lambda: os.putenv("a=", "b"), lambda: os.initgroups(3, "foo")):
    show(f)
os.environ["WEFT_TEST_VAR"] = "a\udcff"
print(os.environb[b"WEFT_TEST_VAR"])
