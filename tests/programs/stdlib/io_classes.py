# Class names, reprs, subclass reprs, instance dicts, readlines hints, the standard streams' types.
import io, sys
for c in (io.StringIO, io.BytesIO, io.FileIO, io.TextIOWrapper, io.BufferedReader, io.IncrementalNewlineDecoder, io.UnsupportedOperation, io.IOBase, io.RawIOBase):
    print(c.__module__, c.__name__, c.__qualname__)
print(repr(io.StringIO())[:24], repr(io.BytesIO())[:23])
print(io.TextIOWrapper(io.BytesIO(b"abc"), encoding="ascii"))
print(io.BufferedReader(io.BytesIO(b"abc")))
class My(io.BufferedReader): pass
print(My(io.BytesIO()))
class MyT(io.TextIOWrapper): pass
print(MyT(io.BytesIO(), encoding="utf-8"))
t = io.TextIOWrapper(io.BytesIO(b"a\nb\nc"), encoding="utf-8")
print(t.readlines(), t.read(0), t.tell())
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
t.writelines(["x\n", "y\n"])
t.flush()
print(t.buffer.getvalue())
b = io.BufferedReader(io.BytesIO(b"1\n2\n3"))
print(b.readlines(), b.read(), b.read(0))
print(io.BytesIO(b"ab\ncd").readlines(1))
s = io.StringIO("ab\ncd\nef")
print(s.readlines(4))
print(list(io.StringIO("")), io.StringIO("x").read(None))
print(io.StringIO.__mro__, hasattr(io.StringIO(), "__dict__"))
x = io.StringIO()
x.extra = 1
print(x.extra)
print(io.BytesIO(b"abc").read1(-1), io.BytesIO(b"abc").readline(None))
print(type(sys.stdin).__name__, sys.stdin.mode, sys.stderr.mode, sys.stdin.buffer)
