# select.select, select.poll and select.epoll on pipes and socket pairs; selectors on top.
import os
import select
import selectors
import socket

r, w = os.pipe()
print(select.select([r], [w], [], 0))
os.write(w, b"x")
print(select.select([r], [w], [r, w], 0))
print(select.select([], [], [], 0.01))
print(select.select((r,), (), ()))


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return f"F({self.fd == r})"


print(select.select([F(r)], [], [], 0))
for bad in ([-1], ["x"], [object()], [2 ** 40]):
    try:
        select.select(bad, [], [], 0)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in (-1, "1", float("nan")):
    try:
        select.select([], [], [], bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    select.select(1, [], [])
except TypeError as e:
    print(e)

# poll
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(sorted(p.poll(0)) == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
p.modify(w, select.POLLIN)
print(p.poll(0) == [(r, select.POLLIN)])
print(os.read(r, 1))
print(p.poll(10))
p.unregister(r)
try:
    p.unregister(r)
except KeyError as e:
    print("KeyError", e.args == (r,))
try:
    p.modify(r, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    p.poll("x")
except TypeError as e:
    print(e)
print(p.poll(None.__class__ and 0))

# A closed descriptor reports POLLNVAL in poll and EBADF in select.
r2, w2 = os.pipe()
os.close(r2)
q = select.poll()
q.register(r2)
print(q.poll(0) == [(r2, select.POLLNVAL)])
try:
    select.select([r2], [], [], 0)
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(w2)

# Hang-up: the reading end sees POLLHUP once the writer closes.
os.close(w)
q = select.poll()
q.register(r, select.POLLIN)
print(q.poll(0) == [(r, select.POLLHUP)])
print(select.select([r], [], [], 0)[0] == [r])
os.close(r)

# epoll
a, b = socket.socketpair()
ep = select.epoll()
print(ep.closed, ep.fileno() > 2)
ep.register(a.fileno(), select.EPOLLIN)
print(ep.poll(0))
b.send(b"data")
print(ep.poll(1) == [(a.fileno(), select.EPOLLIN)])
ep.modify(a, select.EPOLLIN | select.EPOLLOUT)
print(ep.poll(0, 4) == [(a.fileno(), select.EPOLLIN | select.EPOLLOUT)])
try:
    ep.register(a, select.EPOLLIN)
except FileExistsError as e:
    print("FileExistsError", e.errno)
ep.unregister(a)
try:
    ep.unregister(a)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    ep.poll(0, 0)
except ValueError as e:
    print(e)
ep2 = select.epoll.fromfd(os.dup(ep.fileno()))
print(type(ep2).__name__, ep2.closed)
ep2.close()
ep.close()
print(ep.closed)
ep.close()
for meth in (ep.fileno, lambda: ep.poll(0), lambda: ep.register(a)):
    try:
        meth()
    except ValueError as e:
        print(e)
with select.epoll() as ep3:
    print(ep3.closed)
print(ep3.closed)
try:
    select.epoll(0)
except ValueError as e:
    print(e)

# selectors
sel = selectors.DefaultSelector()
print(type(sel).__name__)
key = sel.register(a, selectors.EVENT_READ, data="a")
print(key.fd == a.fileno(), key.events, key.data)
ready = sel.select(0)
print([(k.data, ev) for k, ev in ready])
print(a.recv(10))
print(sel.select(0.01))
sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="rw")
print([(k.data, ev) for k, ev in sel.select(0)])
print(sel.get_key(a).data, len(sel.get_map()))
sel.unregister(a)
try:
    sel.get_key(a)
except KeyError as e:
    print("KeyError", "is not registered" in str(e))
sel.close()
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    with cls() as s:
        s.register(b, selectors.EVENT_WRITE)
        a.send(b"z")
        s.register(a, selectors.EVENT_READ)
        print(cls.__name__, sorted((k.fileobj is a, ev) for k, ev in s.select(1)))
        a.recv(1) if False else b.recv(1)
a.close()
b.close()
print(select.POLLIN, select.POLLOUT, select.EPOLLIN, select.EPOLLET, select.PIPE_BUF)
print(select.error is OSError)
