# Dying wrappers are closed as in CPython: a TextIOWrapper closes its buffer, a BufferedWriter flushes to and closes its raw stream.
import io, os
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8")
t.write("x")
del t
try:
    print(b.getvalue())
except ValueError as e:
    print("ValueError", e)
class Raw(io.RawIOBase):
    def writable(self): return True
    def write(self, d):
        print("raw write", bytes(d)); return len(d)
    def close(self):
        print("raw close"); super().close()
w = io.BufferedWriter(Raw())
w.write(b"pending")
del w
print("after")
p = "/tmp/weft_io_finalize_%d" % os.getpid()
f = open(p, "w"); f.write("data"); f = None
print(open(p).read())
os.remove(p)
s = io.StringIO("x"); del s
print("end")
