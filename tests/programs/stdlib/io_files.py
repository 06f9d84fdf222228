# open() and its layers: modes, names, reprs, newline translation, seek/tell, truncate, errors.
import io
import os

d = "/tmp/weft_io_test_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "f.txt")
try:
    with open(p, "w") as f:
        print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
        print(f.mode, f.encoding, f.errors, f.line_buffering, f.write_through, f.name == p)
        print(f.write("one\ntwo\r\nthree\rfour"), f.writable(), f.readable(), f.seekable())
    print(f.closed, f.buffer.closed)
    with open(p, "rb") as f:
        print(type(f).__name__, f.mode, f.read())
    with open(p) as f:
        print(f.readline(), repr(f.readline()))
        print(f.readlines(), f.newlines, f.tell())
    with open(p, newline="") as f:
        print(list(f))
    with open(p, newline="\r") as f:
        print(f.readlines())
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.mode, f.read(4), f.tell(), f.seek(-4, 2), f.read())
    with open(p, "r+") as f:
        f.seek(4)
        f.write("TWO")
        f.seek(0)
        print(repr(f.read()))
        print(f.truncate(3), f.tell())
    with open(p) as f:
        print(repr(f.read()))
    with open(p, "a") as f:
        print(f.tell(), f.write("+appended\n"))
    with open(p, encoding="latin-1") as f:
        print(repr(f.read()))
    with open(p, "w", encoding="utf-16") as f:
        f.write("hé")
        f.write("llo")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="utf-16") as f:
        print(repr(f.read()))
    with open(p, "w", encoding="cp437") as f:
        f.write("Ç é\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="cp437") as f:
        print(repr(f.read()))
    with open(p, "w", newline="\r\n") as f:
        f.write("a\nb\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "wb") as f:
        print(f.write(b"\xff\xfeabc\n"), f.tell())
    with open(p, errors="replace") as f:
        print(repr(f.read()))
    with open(p, errors="surrogateescape") as f:
        print(repr(f.read()))
    try:
        with open(p) as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    f = open(p, "rb")
    print(f.peek(2)[:2], f.read1(3), f.readline())
    f.close()
    print(repr(f).startswith("<_io.BufferedReader name="))
    for bad in [dict(mode="rw"), dict(mode="z"), dict(mode="rb", encoding="utf-8"),
                dict(mode="r", buffering=0), dict(newline="x"), dict(mode="wt+b")]:
        try:
            open(p, **bad)
        except ValueError as e:
            print("ValueError", e)
    try:
        open(os.path.join(d, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    try:
        open(d)
    except IsADirectoryError as e:
        print("IsADirectoryError", e.errno)
    with open(p, "r") as f:
        try:
            f.write("x")
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
    try:
        f.read()
    except ValueError as e:
        print("ValueError", e)
    f = open(p, "w")
    f.reconfigure(newline="\r\n", line_buffering=True)
    print(f.line_buffering)
    f.write("x\n")
    t = f.detach()
    print(type(t).__name__)
    try:
        f.write("y")
    except ValueError as e:
        print("ValueError", e)
    t.close()
    with open(p, "rb") as f:
        print(f.read())
    open(p, "w").write("dropped, then flushed by close")
    print(open(p).read())
finally:
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
print(os.path.exists(d))
