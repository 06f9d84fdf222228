# BytesIO and StringIO: reading, writing, seeking, newline handling, errors.
import io

b = io.BytesIO(b"one\ntwo\nthree")
print(b.read(3), b.tell(), b.readline(), b.readlines())
b.seek(0)
print(list(b), b.seek(-2, 2), b.read())
b.seek(20)
b.write(b"x")
print(b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf)
print(b.readable(), b.writable(), b.seekable(), b.isatty())
b.close()
print(b.closed)
for f in (b.read, b.getvalue, b.tell):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
try:
    io.BytesIO().seek(-1)
except ValueError as e:
    print("ValueError", e)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError", e)

s = io.StringIO("héllo\nwörld\n")
print(repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.read()))
s.seek(0)
print(s.readlines(), s.getvalue() == "héllo\nwörld\n")
s = io.StringIO()
print(s.write("abc"), s.write("\n"), repr(s.getvalue()))
s.seek(1)
s.write("Z")
print(repr(s.getvalue()), s.tell())
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines)
try:
    io.StringIO(newline="x")
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO().seek(1, 1)
except OSError as e:
    print("OSError", e)
s.close()
try:
    s.read()
except ValueError as e:
    print("ValueError", e)

class MyIO(io.StringIO):
    def __init__(self):
        super().__init__()
        self.lines = 0
    def write(self, s):
        self.lines += s.count("\n")
        return super().write(s)

m = MyIO()
print("a\nb", file=m)
print(m.lines, repr(m.getvalue()), isinstance(m, io.TextIOBase), isinstance(m, io.IOBase))
with io.StringIO("x\ny\n") as f:
    print([line for line in f])
print(f.closed)
print(isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.StringIO, io.TextIOBase))
