# sys.stdout/sys.stderr objects: write() return values, print(file=...), redirection by assignment
import sys

n = sys.stdout.write("written directly\n")
print(n, type(n).__name__)
print(sys.stdout.write(""), sys.stdout.write("é\n"), sys.stdout.write("\U0001f600\n"))
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
print(sys.stderr.write("stderr is not compared\n") > 0)
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdout.readable() is False, hasattr(sys.stdout, "buffer"))
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)


class Capture:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)
        return len(s)

    def flush(self):
        self.chunks.append("<flush>")


cap = Capture()
real = sys.stdout
sys.stdout = cap
print("captured line")
print("a", "b", sep="-")
print("flushed", flush=True)
sys.stdout = real
print(cap.chunks)
sys.stdout = cap
try:
    print("before error")
    raise ValueError("while redirected")
except ValueError:
    pass
finally:
    sys.stdout = real
print(cap.chunks[-2:], sys.stdout is sys.__stdout__)


class NoFlush:
    def __init__(self):
        self.data = ""

    def write(self, s):
        self.data += s


nf = NoFlush()
print("to object without flush", file=nf)
try:
    print("flush requested", file=nf, flush=True)
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(nf.data))


class BadWrite:
    def write(self, s):
        raise OSError("disk full")


try:
    print("x", file=BadWrite())
except OSError as e:
    print(type(e).__name__, e)
sys.stdout = None
print("silently dropped when sys.stdout is None")
sys.stdout = real
print("restored")
lines = ["alpha\n", "beta\n"]
sys.stdout.writelines(lines)
print(sys.stdout.isatty() in (True, False), sys.stdout.fileno() == 1, sys.stderr.fileno() == 2, sys.stdin.fileno() == 0)
print(sys.stdout.errors in ("strict", "surrogateescape", "backslashreplace"), sys.stdout.line_buffering in (True, False))
