# The Python half of `_socket`, run in the module's namespace after the natives (`_socket_new`,
# `_recv`, `_send`, ...) and the constants are added. The natives work on integer descriptors;
# this file keeps each socket's family, type, protocol and timeout, and implements timeouts by
# waiting with `_wait` (poll) on a non-blocking descriptor, as CPython's `sock_call` does.

from sys import byteorder as _byteorder
from time import monotonic as _monotonic
from posix import dup, strerror as _strerror, set_blocking as _set_blocking

error = OSError
timeout = TimeoutError
has_ipv6 = True
_defaulttimeout = None


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = gaierror.__module__ = "socket"


def _timeout_arg(value):
    # socket_parse_timeout: None, or a non-negative number of seconds.
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:
            raise ValueError("Invalid value NaN (not a number)")
    elif isinstance(value, int):
        value = float(value)
    else:
        try:
            value = float(value.__index__())
        except AttributeError:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted "
                            "as an integer") from None
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


def getdefaulttimeout():
    """getdefaulttimeout() -> timeout

    Returns the default timeout in seconds (float) for new socket objects.
    A value of None indicates that new socket objects have no timeout.
    When the socket module is first imported, the default is None."""
    return _defaulttimeout


def setdefaulttimeout(timeout, /):
    """setdefaulttimeout(timeout)

    Set the default timeout in seconds (float) for new socket objects.
    A value of None indicates that new socket objects have no timeout.
    When the socket module is first imported, the default is None."""
    global _defaulttimeout
    _defaulttimeout = _timeout_arg(timeout)


def _int_arg(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError(
            f"'{type(v).__name__}' object cannot be interpreted as an integer") from None


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object
socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object

Open a socket of the given type.  The family argument specifies the
address family; it defaults to AF_INET.  The type argument specifies
whether this is a stream (SOCK_STREAM, this is the default)
or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,
specifying the default protocol.  Keyword arguments are accepted.
The socket is created as non-inheritable.

When a fileno is passed in, family, type and proto are auto-detected,
unless they are explicitly set."""

    __slots__ = ("_fd", "_family", "_type", "_proto", "_timeout")

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        family, type, proto = _int_arg(family), _int_arg(type), _int_arg(proto)
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _socket_new(family, type, proto)
        else:
            fd = _int_arg(fileno)
            if fd < 0:
                raise ValueError("negative file descriptor")
            if family == -1 or type == -1 or proto == -1:
                info = _sockinfo(fd)
                if family == -1:
                    family = info[0]
                if type == -1:
                    type = info[1]
                if proto == -1:
                    proto = info[2]
        self._fd = fd
        self._family = family
        self._type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = proto
        if type & SOCK_NONBLOCK:
            self._timeout = 0.0
        else:
            self._timeout = _defaulttimeout
            if _defaulttimeout is not None:
                _set_blocking(fd, False)

    family = property(lambda self: self._family, doc="the socket family")
    type = property(lambda self: self._type, doc="the socket type")
    proto = property(lambda self: self._proto, doc="the socket protocol")
    timeout = property(lambda self: self._timeout, doc="the socket timeout")

    def __repr__(self):
        return (f"<socket object, fd={self._fd}, family={self._family}, "
                f"type={self._type}, proto={self._proto}>")

    def __del__(self):
        if getattr(self, "_fd", -1) != -1:
            try:
                import warnings
                warnings.warn(f"unclosed {self!r}", ResourceWarning, source=self)
            except Exception:
                pass
            fd, self._fd = self._fd, -1
            try:
                close(fd)
            except OSError:
                pass

    def _call(self, writing, op, *args):
        # sock_call: with a timeout, wait until the descriptor is ready, then try the call,
        # again while it would block, until the deadline.
        timeout = self._timeout
        if not timeout:
            return op(self._fd, *args)
        deadline = _monotonic() + timeout
        while True:
            fd = self._fd
            if fd != -1 and not _wait(fd, writing, max(deadline - _monotonic(), 0.0)):
                raise TimeoutError("timed out")
            try:
                return op(fd, *args)
            except BlockingIOError:
                if _monotonic() >= deadline:
                    raise TimeoutError("timed out") from None

    def fileno(self):
        """fileno() -> integer

        Return the integer file descriptor of the socket."""
        return self._fd

    def close(self):
        """close()

        Close the socket.  It cannot be used after this call."""
        fd = self._fd
        if fd != -1:
            self._fd = -1
            close(fd)

    def detach(self):
        """detach()

        Close the socket object without closing the underlying file descriptor.
        The object cannot be used after this call, but the file descriptor
        can be reused for other purposes.  The file descriptor is returned."""
        fd, self._fd = self._fd, -1
        return fd

    def bind(self, address, /):
        """bind(address)

        Bind the socket to a local address."""
        _bind(self._fd, self._family, address)

    def listen(self, backlog=min(SOMAXCONN, 128), /):
        """listen([backlog])

        Enable a server to accept connections."""
        _listen(self._fd, max(_int_arg(backlog), 0))

    def _accept(self):
        """_accept() -> (integer, address info)

        Wait for an incoming connection.  Return a new socket file descriptor
        representing the connection, and the address of the client."""
        return self._call(False, _accept)

    def _connect(self, address, caller):
        err = _connect(self._fd, self._family, address, caller)
        if err == EINPROGRESS and self._timeout != 0.0:
            timeout = self._timeout
            if not _wait(self._fd, True, -1.0 if timeout is None else timeout):
                return None
            err = self.getsockopt(SOL_SOCKET, SO_ERROR)
        return err

    def connect(self, address, /):
        """connect(address)

        Connect the socket to a remote address."""
        err = self._connect(address, "connect")
        if err is None:
            raise TimeoutError("timed out")
        if err:
            raise OSError(err, _strerror(err))

    def connect_ex(self, address, /):
        """connect_ex(address) -> errno

        This is like connect(address), but returns an error code (the errno value)
        instead of raising an exception when an error occurs."""
        err = self._connect(address, "connect_ex")
        return EWOULDBLOCK if err is None else err

    def recv(self, bufsize, flags=0, /):
        """recv(buffersize[, flags]) -> data

        Receive up to buffersize bytes from the socket."""
        if _int_arg(bufsize) < 0:
            raise ValueError("negative buffersize in recv")
        return self._call(False, _recv, bufsize, flags, False)

    def recvfrom(self, bufsize, flags=0, /):
        """recvfrom(buffersize[, flags]) -> (data, address info)

        Like recv(buffersize, flags) but also return the sender's address info."""
        if _int_arg(bufsize) < 0:
            raise ValueError("negative buffersize in recvfrom")
        return self._call(False, _recv, bufsize, flags, True)

    def _into(self, name, buffer, nbytes, flags, want_from):
        view = memoryview(buffer)
        if view.readonly:
            raise TypeError(f"{name}() argument 1 must be read-write bytes-like "
                            f"object, not {type(buffer).__name__}")
        view = view.cast("B")
        nbytes = _int_arg(nbytes)
        if nbytes < 0:
            raise ValueError(f"negative buffersize in {name}")
        if nbytes == 0:
            nbytes = len(view)
        elif nbytes > len(view):
            raise ValueError(f"nbytes is greater than the length of the buffer"
                             if want_from else "buffer too small for requested bytes")
        got = self._call(False, _recv, nbytes, flags, want_from)
        data = got[0] if want_from else got
        view[:len(data)] = data
        return (len(data), got[1]) if want_from else len(data)

    def recv_into(self, buffer, nbytes=0, flags=0):
        """recv_into(buffer, [nbytes[, flags]]) -> nbytes_read

        A version of recv() that stores its data into a buffer rather than creating
        a new string."""
        return self._into("recv_into", buffer, nbytes, flags, False)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        """recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)

        Like recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info."""
        return self._into("recvfrom_into", buffer, nbytes, flags, True)

    def send(self, data, flags=0, /):
        """send(data[, flags]) -> count

        Send a data string to the socket."""
        return self._call(True, _send, data, flags, 0, None)

    def sendall(self, data, flags=0, /):
        """sendall(data[, flags])

        Send a data string to the socket.  This calls send() repeatedly
        until all data is sent."""
        view = memoryview(data).cast("B")
        timeout = self._timeout
        deadline = None if not timeout else _monotonic() + timeout
        sent = 0
        while sent < len(view):
            if deadline is None:
                n = _send(self._fd, view[sent:], flags, 0, None)
            else:
                left = deadline - _monotonic()
                if left <= 0 or not _wait(self._fd, True, left):
                    raise TimeoutError("timed out")
                try:
                    n = _send(self._fd, view[sent:], flags, 0, None)
                except BlockingIOError:
                    continue
            sent += n

    def sendto(self, data, flags_or_address, address=None, /):
        """sendto(data[, flags], address) -> count

        Like send(data, flags) but allows specifying the destination address."""
        if address is None:
            flags, address = 0, flags_or_address
        else:
            flags = flags_or_address
        if address is None:
            raise TypeError("sendto() takes 2 or 3 arguments (1 given)")
        return self._call(True, _send, data, flags, self._family, address)

    def sendmsg(self, buffers, ancdata=(), flags=0, address=None, /):
        """sendmsg(buffers[, ancdata[, flags[, address]]]) -> count

        Send normal and ancillary data to the socket, gathering the non-ancillary
        data from a series of buffers and concatenating it into a single message."""
        return self._call(True, _sendmsg, list(buffers), list(ancdata), flags,
                          self._family, address)

    def recvmsg(self, bufsize, ancbufsize=0, flags=0, /):
        """recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)

        Receive normal data (up to bufsize bytes) and ancillary data from the socket."""
        if _int_arg(bufsize) < 0:
            raise ValueError("negative buffer size in recvmsg()")
        return self._call(False, _recvmsg, bufsize, ancbufsize, flags)

    def getsockname(self):
        """getsockname() -> address info

        Return the address of the local endpoint."""
        return _name(self._fd, False)

    def getpeername(self):
        """getpeername() -> address info

        Return the address of the remote endpoint."""
        return _name(self._fd, True)

    def shutdown(self, how, /):
        """shutdown(flag)

        Shut down the reading side of the socket (flag == SHUT_RD), the writing side
        of the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR)."""
        _shutdown(self._fd, _int_arg(how))

    def setsockopt(self, level, optname, value, optlen=None, /):
        """setsockopt(level, option, value: int)
setsockopt(level, option, value: buffer)
setsockopt(level, option, None, optlen: int)

Set a socket option."""
        if value is None:
            if optlen is None:
                raise TypeError("setsockopt() takes exactly 4 arguments (3 given)")
            value = bytes(_int_arg(optlen))
        _setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=0, /):
        """getsockopt(level, option[, buffersize]) -> value

        Get a socket option."""
        return _getsockopt(self._fd, level, optname, buflen)

    def setblocking(self, flag, /):
        """setblocking(flag)

        Set the socket to blocking (flag is true) or non-blocking (false)."""
        flag = bool(flag)
        self._timeout = None if flag else 0.0
        _set_blocking(self._fd, flag)

    def getblocking(self):
        """getblocking()

        Returns True if socket is in blocking mode, or False if it
        is in non-blocking mode."""
        return self._timeout != 0.0

    def settimeout(self, timeout, /):
        """settimeout(timeout)

        Set a timeout on socket operations.  'timeout' can be a float,
        giving in seconds, or None.  Setting a timeout of None disables
        the timeout feature and is equivalent to setblocking(1).
        Setting a timeout of zero is the same as setblocking(0)."""
        self._timeout = _timeout_arg(timeout)
        _set_blocking(self._fd, self._timeout is None)

    def gettimeout(self):
        """gettimeout() -> timeout

        Returns the timeout in seconds (float) associated with socket
        operations. A timeout of None indicates that timeouts on socket
        operations are disabled."""
        return self._timeout


SocketType = socket

# socket.py imports `array` (for send_fds/recv_fds) as soon as the type has sendmsg, so the pair
# is offered only where that module exists.
try:
    import array as _array
except ImportError:
    del socket.sendmsg, socket.recvmsg


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0, /):
    """socketpair([family[, type [, proto]]]) -> (socket object, socket object)

    Create a pair of socket objects from the sockets returned by the platform
    socketpair() function."""
    a, b = _socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def _host_arg(host, fname):
    if host is None:
        return None
    if isinstance(host, str):
        try:
            return host.encode("ascii")
        except UnicodeEncodeError:
            return host.encode("idna")
    if isinstance(host, (bytes, bytearray)):
        return bytes(host)
    raise TypeError(f"{fname}() argument 1 must be string or None")


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """getaddrinfo(host, port [, family, type, proto, flags])
    -> list of (family, type, proto, canonname, sockaddr)

Resolve host and port into addrinfo struct."""
    host = _host_arg(host, "getaddrinfo")
    if isinstance(port, int) and not isinstance(port, bool):
        port = str(port).encode()
    elif isinstance(port, str):
        port = port.encode()
    elif port is not None and not isinstance(port, bytes):
        raise OSError("Int or String expected")
    return _getaddrinfo(host, port, family, type, proto, flags)


def gethostbyname(hostname, /):
    """gethostbyname(host) -> address

    Return the IP address (a string of the form '255.255.255.255') for a host."""
    name = _host_arg(hostname, "gethostbyname")
    if name == b"":
        return "0.0.0.0"
    if name in (b"<broadcast>", b"255.255.255.255"):
        return "255.255.255.255"
    return _getaddrinfo(name, None, AF_INET, 0, 0, 0)[0][4][0]


def gethostbyname_ex(hostname, /):
    """gethostbyname_ex(host) -> (name, aliaslist, addresslist)

    Return the true host name, a list of aliases, and a list of IP addresses,
    for a host.  The host argument is a string giving a host name or IP number."""
    name = _host_arg(hostname, "gethostbyname_ex")
    found = _getaddrinfo(name, None, AF_INET, SOCK_STREAM, 0, AI_CANONNAME)
    canon = found[0][3] or hostname
    addrs = []
    for entry in found:
        if entry[4][0] not in addrs:
            addrs.append(entry[4][0])
    return canon, [], addrs


def gethostbyaddr(ip, /):
    """gethostbyaddr(host) -> (name, aliaslist, addresslist)

    Return the true host name, a list of aliases, and a list of IP addresses,
    for a host.  The host argument is a string giving a host name or IP number."""
    name = _host_arg(ip, "gethostbyaddr")
    found = _getaddrinfo(name, None, 0, SOCK_STREAM, 0, 0)
    family, addr = found[0][0], found[0][4]
    try:
        host, _ = _getnameinfo(family, addr, NI_NAMEREQD)
    except gaierror:
        raise herror(1, "Unknown host") from None
    return host, [], [addr[0]]


def getnameinfo(sockaddr, flags, /):
    """getnameinfo(sockaddr, flags) --> (host, port)

    Get host and port for a sockaddr."""
    if not isinstance(sockaddr, tuple):
        raise TypeError("getnameinfo() argument 1 must be a tuple")
    if not 2 <= len(sockaddr) <= 4:
        raise TypeError(f"getnameinfo() argument 1 must be a tuple of 2 to 4 items")
    host = _host_arg(sockaddr[0], "getnameinfo")
    found = _getaddrinfo(host, str(sockaddr[1]).encode(), 0, SOCK_DGRAM, 0, AI_NUMERICHOST)
    if len(found) != 1:
        raise OSError("sockaddr resolved to multiple addresses")
    family = found[0][0]
    if family == AF_INET and len(sockaddr) != 2:
        raise OSError("IPv4 sockaddr must be 2 tuple")
    return _getnameinfo(family, (found[0][4][0],) + tuple(sockaddr[1:]), flags)


def _unsigned(fname, x, bits, message):
    if not isinstance(x, int):
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    if x < 0:
        raise OverflowError(message[0])
    if x >> bits:
        raise OverflowError(message[1])
    return x


def _swap(x, size):
    if _byteorder == "big":
        return x
    return int.from_bytes(x.to_bytes(size, "big"), "little")


_SHORT_ERRORS = ("{}: can't convert negative Python int to C 16-bit unsigned integer",
                 "{}: Python int too large to convert to C 16-bit unsigned integer")
_LONG_ERRORS = ("can't convert negative value to unsigned int", "int larger than 32 bits")


def htons(x, /):
    """Convert a 16-bit unsigned integer from host to network byte order."""
    x = _unsigned("htons", x, 16, [m.format("htons") for m in _SHORT_ERRORS])
    return _swap(x, 2)


def ntohs(x, /):
    """Convert a 16-bit unsigned integer from network to host byte order."""
    x = _unsigned("ntohs", x, 16, [m.format("ntohs") for m in _SHORT_ERRORS])
    return _swap(x, 2)


def htonl(x, /):
    """Convert a 32-bit integer from host to network byte order."""
    return _swap(_unsigned("htonl", x, 32, _LONG_ERRORS), 4)


def ntohl(x, /):
    """Convert a 32-bit integer from network to host byte order."""
    return _swap(_unsigned("ntohl", x, 32, _LONG_ERRORS), 4)


from errno import EINPROGRESS, EWOULDBLOCK
