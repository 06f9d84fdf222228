# socket.socketpair: data both ways, makefile, recv_into, timeouts, blocking modes, shutdown,
# detach, options, and the errors of a closed socket.
import errno
import os
import socket

a, b = socket.socketpair()
print(a.family, a.type, a.proto, b.family)
print(a.getblocking(), a.gettimeout(), a.timeout)
print(a.getsockname(), a.getpeername())
print(repr(a).startswith("<socket.socket fd="), repr(a).endswith("family=1, type=1, proto=0>"))
print(a.send(b"hello"), b.recv(100))
b.sendall(b"x" * 100000 if False else b"back")
print(a.recv(2), a.recv(10))
a.sendall(memoryview(b"view"))
print(b.recv(4))
a.sendall(bytearray(b"array"))
buf = bytearray(10)
print(b.recv_into(buf), buf)
a.send(b"12345678")
buf = bytearray(10)
print(b.recv_into(buf, 3), buf)
view = memoryview(buf)
print(b.recv_into(view[5:]), buf)
try:
    b.recv_into(bytearray(2), 5)
except ValueError as e:
    print(e)
try:
    b.recv_into(b"readonly")
except TypeError as e:
    print(e)
try:
    b.recv(-1)
except ValueError as e:
    print(e)
try:
    a.send("text")
except TypeError as e:
    print(e)

# Non-blocking and timeouts.
b.setblocking(False)
print(b.getblocking(), b.gettimeout(), os.get_blocking(b.fileno()))
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN)
b.settimeout(0.05)
print(b.getblocking(), b.gettimeout())
try:
    b.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, socket.timeout is TimeoutError)
b.settimeout(None)
print(b.getblocking(), b.gettimeout(), os.get_blocking(b.fileno()))
for bad in (-1, "x", float("nan")):
    try:
        b.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b.settimeout(2)
a.send(b"in time")
print(b.recv(100), b.gettimeout())

# sendall with a large payload while the peer reads.
big = bytes(range(256)) * 1000
a.setblocking(False)
sent = 0
try:
    while True:
        sent += a.send(big[sent:sent + 65536])
except BlockingIOError:
    pass
got = b""
while len(got) < sent:
    got += b.recv(65536)
print(sent > 0, got == big[:sent])
a.setblocking(True)

# makefile: lines both ways.
w = a.makefile("w", buffering=1)
r = b.makefile("r")
w.write("line one\nline two\n")
w.flush()
print(repr(r.readline()), repr(r.readline()))
wb = a.makefile("wb")
wb.write(b"binary\n")
wb.flush()
print(b.makefile("rb").readline())
w.close()
wb.close()
r.close()

# shutdown: the peer reads end of file.
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
try:
    a.send(b"after shutdown")
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno)
a.close()
print(a.fileno(), repr(a).startswith("<socket.socket [closed] fd=-1"))
a.close()
try:
    a.send(b"x")
except OSError as e:
    print(type(e).__name__, e.errno)
fd = b.detach()
print(b.fileno(), fd > 2)
os.close(fd)

# Options.
c, d = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
print(c.type, c.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_DGRAM)
c.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 32768)
print(c.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) >= 32768)
print(len(c.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4)))
c.send(b"one")
c.send(b"two")
print(d.recv(100), d.recvfrom(100))
c.close()
d.close()

# The socket of an existing descriptor learns its family and type.
e, f = socket.socketpair()
g = socket.socket(fileno=os.dup(e.fileno()))
print(g.family, g.type, g.proto)
g2 = g.dup()
print(g2.family, g2.fileno() != g.fileno(), g2.get_inheritable())
for s in (e, f, g, g2):
    s.close()
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
    print(s.getsockname(), s._closed)
print(s._closed)
try:
    socket.socket(fileno=-5)
except ValueError as e:
    print(e)

# An unclosed socket warns when it is collected.
import gc
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    x, y = socket.socketpair()
    del x
    gc.collect()
    print([(c.category.__name__, str(c.message).split(" fd=")[0]) for c in caught])
    y.close()
try:
    socket.socketpair()[0].recv(10 ** 15)
except MemoryError:
    print("MemoryError")
