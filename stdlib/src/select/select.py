# The Python half of `select`, run in the module's namespace after the natives (`select`, `_poll`,
# `_epoll_create`, `_epoll_ctl`, `_epoll_wait`) and the constants are added.

def _fileno(obj):
    # PyObject_AsFileDescriptor: an int, or what obj.fileno() returns.
    if isinstance(obj, int):
        fd = int(obj)
    else:
        try:
            meth = type(obj).fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = meth(obj)
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
        fd = int(fd)
    if fd > 0x7FFFFFFF or fd < -0x80000000:
        raise OverflowError("Python int too large to convert to C int")
    if fd < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
    return fd


def _timeout_ms(timeout, scale, message):
    # A timeout in seconds (scale 1000) or milliseconds (scale 1), rounded up to whole
    # milliseconds; None or a negative value waits forever.
    if timeout is None:
        return -1
    if isinstance(timeout, float):
        if timeout != timeout:
            raise ValueError("Invalid value NaN (not a number)")
    elif not isinstance(timeout, int):
        try:
            timeout = timeout.__index__()
        except AttributeError:
            raise TypeError(message) from None
    if timeout < 0:
        return -1
    ms = timeout * scale
    whole = int(ms)
    if whole < ms:
        whole += 1
    if whole > 0x7FFFFFFF:
        raise OverflowError("timeout is too large")
    return whole


def _eventmask(mask):
    if not isinstance(mask, int):
        raise TypeError(
            f"'{type(mask).__name__}' object cannot be interpreted as an integer")
    if mask < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if mask > 0xFFFF:
        raise OverflowError("Python int too large for C unsigned short")
    return mask


class poll:
    """Returns a polling object.

    This object supports registering and unregistering file descriptors, and then
    polling them for I/O events."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        """Register a file descriptor with the polling object."""
        fd = _fileno(fd)
        self._fds[fd] = _eventmask(eventmask)

    def modify(self, fd, eventmask, /):
        """Modify an already registered file descriptor."""
        fd = _fileno(fd)
        mask = _eventmask(eventmask)
        if fd not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[fd] = mask

    def unregister(self, fd, /):
        """Remove a file descriptor being tracked by the polling object."""
        fd = _fileno(fd)
        try:
            del self._fds[fd]
        except KeyError:
            raise KeyError(fd) from None

    def poll(self, timeout=None, /):
        """Polls the set of registered file descriptors.

        Returns a list containing any descriptors that have events or errors to
        report, as a list of (fd, event) 2-tuples."""
        ms = _timeout_ms(timeout, 1, "timeout must be an integer or None")
        return _poll(list(self._fds.items()), ms)


class epoll:
    """select.epoll(sizehint=-1, flags=0)

    Returns an epolling object

    sizehint must be a positive integer or -1 for the default size. The
    sizehint is used to optimize internal data structures. It doesn't limit
    the maximum number of monitored events."""

    def __init__(self, sizehint=-1, flags=0):
        self._epfd = -1
        if sizehint == -1:
            pass
        elif sizehint <= 0:
            raise ValueError("negative sizehint")
        self._epfd = _epoll_create(EPOLL_CLOEXEC)

    @classmethod
    def fromfd(cls, fd, /):
        """Create an epoll object from a given control fd."""
        self = cls.__new__(cls)
        self._epfd = _fileno(fd)
        return self

    def _fd(self):
        if self._epfd < 0:
            raise ValueError("I/O operation on closed epoll object")
        return self._epfd

    @property
    def closed(self):
        """True if the epoll handler is closed"""
        return self._epfd < 0

    def close(self):
        """Close the epoll control file descriptor.

        Further operations on the epoll object will raise an exception."""
        fd, self._epfd = self._epfd, -1
        if fd >= 0:
            _close(fd)

    def fileno(self):
        """Return the epoll control file descriptor."""
        return self._fd()

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        """Registers a new fd or raises an OSError if the fd is already registered."""
        _epoll_ctl(self._fd(), _EPOLL_CTL_ADD, _fileno(fd), eventmask)

    def modify(self, fd, eventmask):
        """Modify event mask for a registered file descriptor."""
        _epoll_ctl(self._fd(), _EPOLL_CTL_MOD, _fileno(fd), eventmask)

    def unregister(self, fd):
        """Remove a registered file descriptor from the epoll object."""
        _epoll_ctl(self._fd(), _EPOLL_CTL_DEL, _fileno(fd), 0)

    def poll(self, timeout=None, maxevents=-1):
        """Wait for events on the epoll file descriptor.

        Returns a list containing any descriptors that have events to report,
        as a list of (fd, events) 2-tuples."""
        epfd = self._fd()
        ms = _timeout_ms(timeout, 1000, "timeout must be an integer or None")
        if maxevents == -1:
            maxevents = 1023
        elif maxevents < 1:
            raise ValueError(f"maxevents must be greater than 0, got {maxevents}")
        return _epoll_wait(epfd, ms, maxevents)

    def __enter__(self):
        self._fd()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        self.close()


from posix import close as _close
