# Text and binary positions (tell/seek round trips), FileIO on a descriptor, line buffering, the class hierarchy.
import io, os, sys
d = "/tmp/weft_io_layout_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "f")
def show(*a):
    print(*a)
try:
    # text seek/tell round trip
    with open(p, "w", encoding="utf-8") as f:
        f.write("héllo\nwörld\nthird line\n")
    with open(p, encoding="utf-8") as f:
        marks = []
        while True:
            t = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((t, line))
        show(marks)
        f.seek(marks[1][0])
        show(repr(f.read(3)), f.tell())
        show(repr(f.readline(2)), repr(f.readline(100)))
        show(f.seek(0, 2), repr(f.read()))
        try:
            f.seek(1, 1)
        except io.UnsupportedOperation as e:
            show("U", e)
        try:
            f.seek(-1)
        except ValueError as e:
            show("V", e)
        try:
            f.seek(0, 5)
        except ValueError as e:
            show("V", e)
    with open(p, "rb") as f:
        show(f.read(2), f.peek(0)[:1], f.tell(), f.seek(2, 1), f.read(3), f.raw.tell())
        show(f.readline(3), f.readlines())
    with open(p, "r+b") as f:
        show(f.read(3), f.write(b"XY"), f.tell(), f.seek(0), f.read())
        show(f.truncate(5), f.tell(), f.seek(0, 2))
    fd = os.open(p, os.O_RDONLY)
    f = io.FileIO(fd, "r", closefd=False)
    show(repr(f).startswith("<_io.FileIO fd="), f.read(), f.name == fd, f.mode)
    f.close()
    show(os.read(fd, 1), f.closed)
    os.close(fd)
    try:
        io.FileIO(p, "rw")
    except ValueError as e:
        show("V", e)
    try:
        open(p, "x")
    except FileExistsError as e:
        show("FEE", e.errno)
    with open(p, "w") as f:
        show(f.write("abc"), f.tell(), f.buffer.tell(), f.newlines)
    b = io.BytesIO(b"abc")
    show(b.read(-1), b.read(), b.read1(), b.getbuffer().tobytes())
    t = io.TextIOWrapper(io.BytesIO(b"l1\nl2\r\nl3"), newline=None)
    show(t.readlines(), t.newlines, t.encoding, repr(t.errors))
    t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    show(t.write("a\nb"), t.tell(), t.seek(0), t.read(), t.buffer.getvalue())
    s = io.StringIO("abc")
    show(s.read(1), s.tell(), s.seek(0, 2), s.truncate(1), s.getvalue(), s.tell())
    show(s.readable(), s.line_buffering, s.newlines, s.closed)
    show(io.StringIO("a\nb").readline(), list(io.StringIO("x\ny")), io.StringIO().read())
    w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
    w.write("no newline")
    show(w.buffer.getvalue())
    w.write("newline\n")
    show(w.buffer.getvalue())
    show(sys.stdout.write("written\n"))
    show(sys.stdout.isatty(), sys.stdout.closed, sys.stdin.closed, sys.stderr.errors)
    show(type(sys.stdout).__mro__)
    show(io.TextIOWrapper.__mro__, io.FileIO.__mro__, io.BufferedReader.__base__, io.BytesIO.__mro__)
    show(io.IOBase.__mro__, io.RawIOBase.__mro__)
    show(sorted(n for n in dir(io) if not n.startswith("__")))
finally:
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
