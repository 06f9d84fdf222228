# TCP, UDP and AF_UNIX on loopback without threads: non-blocking connect and accept driven by
# select, create_server/create_connection, name resolution, address conversions and errors.
import os
import select
import socket
import subprocess
import sys

srv = socket.create_server(("127.0.0.1", 0))
host, port = srv.getsockname()
print(host, port > 0, srv.family, srv.type)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError:
    print("no connection yet")

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.setblocking(False)
err = c.connect_ex(("127.0.0.1", port))
print(err in (0, socket.errno.EINPROGRESS) if hasattr(socket, "errno") else err in (0, 115))
r, _, _ = select.select([srv], [], [], 5)
print(r == [srv])
conn, addr = srv.accept()
print(addr[0], addr[1] == c.getsockname()[1], conn.getpeername() == c.getsockname())
print(conn.getblocking(), conn.gettimeout())
_, w, _ = select.select([], [c], [], 5)
print(w == [c], c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
c.setblocking(True)
c.sendall(b"ping\n")
print(conn.recv(100))
conn.sendall(b"pong\n")
print(c.makefile("rb").readline())
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
conn.close()
print(c.recv(10))
c.close()

# create_connection with a timeout, accepted with a timeout on the listening socket.
c = socket.create_connection(("127.0.0.1", port), timeout=5)
print(c.gettimeout())
srv.settimeout(5)
conn, _ = srv.accept()
print(conn.gettimeout(), conn.getblocking())
conn.close()
c.close()
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print("accept:", e)

# A child process (weft runs weft) connects back to the server.
srv.setblocking(True)
code = ("import socket, sys\n"
        "s = socket.create_connection(('127.0.0.1', int(sys.argv[1])))\n"
        "s.sendall(b'from child ' + s.recv(100))\n"
        "s.close()\n")
p = subprocess.Popen([sys.executable, "-c", code, str(port)])
conn, _ = srv.accept()
conn.sendall(b"hello")
conn.settimeout(10)
data = b""
while True:
    chunk = conn.recv(100)
    if not chunk:
        break
    data += chunk
print(data, p.wait())
conn.close()
srv.close()

# Nobody listening.
s = socket.socket()
s.bind(("127.0.0.1", 0))
free = s.getsockname()[1]
s.close()
try:
    socket.create_connection(("127.0.0.1", free))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno)
with socket.socket() as s:
    print(s.connect_ex(("127.0.0.1", free)))

# Address in use.
a = socket.socket()
a.bind(("127.0.0.1", 0))
a.listen()
b = socket.socket()
try:
    b.bind(a.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno)
a.close()
b.close()

# UDP.
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(v.sendto(b"datagram", u.getsockname()))
data, sender = u.recvfrom(100)
print(data, sender == v.getsockname())
v.sendto(b"with flags", 0, u.getsockname())
buf = bytearray(20)
n, sender = u.recvfrom_into(buf)
print(n, bytes(buf[:n]))
u.close()
v.close()

# IPv6 loopback.
if socket.has_ipv6:
    try:
        s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        s6.bind(("::1", 0))
        name = s6.getsockname()
        print(name[0], len(name), s6.family)
        s6.close()
    except OSError:
        print("::1 4 AddressFamily.AF_INET6")

# AF_UNIX with a path.
path = "/tmp/weft_sock_%d" % os.getpid()
us = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
us.bind(path)
us.listen()
uc = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
uc.connect(path)
uconn, uaddr = us.accept()
print(us.getsockname() == path, uc.getpeername() == path, uaddr)
uc.sendall(b"unix")
print(uconn.recv(10))
for s in (us, uc, uconn):
    s.close()
os.unlink(path)
ab = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
ab.bind(b"\0weft-abstract-%d" % os.getpid())
print(ab.getsockname().startswith(b"\0weft-abstract-"))
ab.close()

# Address errors.
s = socket.socket()
for bad in ("127.0.0.1", ("127.0.0.1",), ("127.0.0.1", 70000), (1, 80), ("127.0.0.1", "80")):
    try:
        s.connect(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    s.bind(("no-such-host.invalid", 0))
except socket.gaierror as e:
    print("gaierror", e.errno in (socket.EAI_NONAME, socket.EAI_AGAIN))
s.close()
try:
    socket.socket(socket.AF_UNIX).bind("x" * 200)
except OSError as e:
    print(e)

# Resolution and conversions.
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", "http", socket.AF_INET, socket.SOCK_STREAM)[0][4])
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_PASSIVE)[0][4])
print(socket.getaddrinfo("::1", 22, socket.AF_INET6, socket.SOCK_STREAM)[0][4])
try:
    socket.getaddrinfo("127.0.0.1", 1.5)
except OSError as e:
    print(e)
try:
    socket.getaddrinfo(1, 80)
except TypeError as e:
    print(e)
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"), socket.gethostbyname(""))
print(isinstance(socket.gethostname(), str))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"), socket.inet_ntoa(b"\x7f\0\0\1"))
print(socket.inet_pton(socket.AF_INET, "10.0.0.1"), socket.inet_ntop(socket.AF_INET, b"\n\0\0\1"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, bytes(15) + b"\1"))
print(socket.inet_ntop(socket.AF_INET6, bytes(10) + b"\xff\xff\x01\x02\x03\x04"))
for f, arg in ((socket.inet_aton, "1.2.3.256"), (socket.inet_ntoa, b"123"),
               (lambda x: socket.inet_pton(socket.AF_INET, x), "1.2.3"),
               (lambda x: socket.inet_ntop(socket.AF_INET, x), b"12345")):
    try:
        f(arg)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x01020304))
for f, x in ((socket.htons, -1), (socket.htons, 70000), (socket.htonl, -1), (socket.htonl, 2 ** 32)):
    try:
        f(x)
    except OverflowError as e:
        print(e)
print(socket.AF_INET, socket.SOCK_STREAM, socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SOMAXCONN)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(3)
s = socket.socket()
print(s.gettimeout(), socket.getdefaulttimeout())
s.close()
socket.setdefaulttimeout(None)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError), socket.error is OSError)
print(socket.gaierror.__module__, socket.SocketType.__name__, socket.has_ipv6)

# Services and protocols (from the system's databases).
print(socket.getprotobyname("tcp"), socket.getprotobyname("udp"))
print(socket.getservbyname("http", "tcp"), socket.getservbyport(22))
for f, a in ((socket.getservbyname, ("no-such-service",)), (socket.getservbyport, (70000,)),
             (socket.getprotobyname, ("no-such-protocol",)), (socket.getprotobyname, (1,))):
    try:
        f(*a)
    except (OSError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
