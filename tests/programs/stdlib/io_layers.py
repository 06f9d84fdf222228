# Python raw streams under the native buffered and text layers; sys streams; io's ABCs.
import io
import sys

class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.written = []
    def readable(self):
        return True
    def writable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 5)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
    def write(self, b):
        self.written.append(bytes(b))
        return len(b)

r = Raw(b"line one\nline two\nlast")
br = io.BufferedReader(r, 8)
print(br.readline(), br.read(4), br.read())
print(r.read(), Raw(b"abc").read(), Raw(b"abcdefghij").readall())
t = io.TextIOWrapper(io.BufferedReader(Raw("héllo\nwörld\n".encode())), encoding="utf-8")
print(list(t))
w = Raw(b"")
bw = io.BufferedWriter(w, 4)
bw.write(b"ab")
print(w.written)
bw.write(b"cdef")
bw.flush()
print(w.written)
tw = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="xmlcharrefreplace", newline="\r\n")
tw.write("é\n")
tw.flush()
print(tw.buffer.getvalue(), repr(tw), tw.newlines)
pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
print(pair.read(), pair.write(b"out"), pair.readable(), pair.writable())
rnd = io.BufferedRandom(io.BytesIO(b"0123456789"))
print(rnd.read(3), rnd.write(b"abc"), rnd.tell(), rnd.seek(0), rnd.read())
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdout.encoding)
print(sys.stdout.fileno())
sys.stdout.write("direct\n")
sys.stdout.buffer.write(b"")
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.seekable() in (True, False))
sys.stdout.reconfigure(errors="replace")
print(sys.stdout.errors)
print("\udc80")
print(isinstance(sys.stdout, io.TextIOWrapper), issubclass(io.FileIO, io.RawIOBase))
print(io.DEFAULT_BUFFER_SIZE, io.UnsupportedOperation.__mro__[1:3], io.open is open)
print(issubclass(io.BlockingIOError, OSError), io.text_encoding(None), io.text_encoding("x"))
dec = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(dec.decode("a\r")), repr(dec.decode("\nb\r", final=True)), dec.newlines, dec.getstate())
class Closing(io.IOBase):
    def close(self):
        print("closing")
        super().close()
with Closing() as c:
    print(c.closed, c.readable(), c.seekable())
print(c.closed)
try:
    c.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
