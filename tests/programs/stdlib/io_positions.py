# tell() refused during iteration, append mode positions, read-after-write on a buffered random file, print into StringIO.
import io, os
p = "/tmp/weft_io_positions_%d" % os.getpid()
with open(p, "w") as f:
    f.write("a\nb\n")
with open(p) as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print("OSError", e)
    print(f.tell())
with open(p, "a+") as f:
    print(f.tell(), f.read(), f.seek(0), f.read())
with open(p, "rb+") as f:
    f.write(b"X")
    print(f.read(1), f.tell())
    f.seek(0)
    print(f.read())
os.remove(p)
s = io.StringIO()
print("to", "stringio", file=s, end="!")
print(repr(s.getvalue()))
