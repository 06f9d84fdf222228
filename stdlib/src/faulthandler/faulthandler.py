# The Python half of `faulthandler`, run in the module's namespace after the natives
# (`_fatal_enable`, `_watchdog`, `_watchdog_cancel`) are added. It writes tracebacks straight to
# the file descriptor, in CPython's format, from the interpreter's frames.

import sys as _sys
from posix import write as _write, _exit as _os_exit

_MAX_FRAME_DEPTH = 100
_MAX_STRING_LENGTH = 500
_enabled_fd = None
_later = None
_registered = {}


def _fileno(file):
    # faulthandler_get_fileno: a descriptor, or a file whose buffers are flushed first.
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descripter")
        return file
    fd = file.fileno()
    if not isinstance(fd, int):
        raise RuntimeError("file.fileno() is not a valid file descriptor")
    if fd < 0:
        raise ValueError("file is not a valid file descripter")
    try:
        file.flush()
    except Exception:
        pass
    return fd


def _ascii(text):
    if len(text) > _MAX_STRING_LENGTH:
        text = text[:_MAX_STRING_LENGTH] + "..."
    return text.encode("ascii", "backslashreplace").decode("ascii")


def _format_stack(frame):
    lines = []
    depth = 0
    while frame is not None:
        if depth >= _MAX_FRAME_DEPTH:
            lines.append("  ...\n")
            break
        code = frame.f_code
        lines.append(f'  File "{_ascii(code.co_filename)}", line {frame.f_lineno} '
                     f"in {_ascii(code.co_name)}\n")
        frame = frame.f_back
        depth += 1
    if not lines:
        lines.append("  <no Python frame>\n")
    return "".join(lines)


def _thread_header(current):
    from _thread import get_ident
    who = "Current thread" if current else "Thread"
    return f"{who} 0x{get_ident():016x} (most recent call first):\n"


def _dump(fd, frame, all_threads, current=True):
    head = _thread_header(current) if all_threads else "Stack (most recent call first):\n"
    _write(fd, (head + _format_stack(frame)).encode("ascii"))


def dump_traceback(file=None, all_threads=True):
    """dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file"""
    fd = _fileno(file)
    _dump(fd, _sys._getframe(1), all_threads)


def enable(file=None, all_threads=True):
    """enable(file=sys.stderr, all_threads=True): enable the fault handler"""
    global _enabled_fd
    fd = _fileno(file)
    _enabled_fd = fd
    _fatal_enable(fd)


def disable():
    """disable(): disable the fault handler"""
    global _enabled_fd
    if _enabled_fd is None:
        return False
    _enabled_fd = None
    _fatal_enable(-1)
    return True


def is_enabled():
    """is_enabled()->bool: check if the handler is enabled"""
    return _enabled_fd is not None


def _format_timeout(timeout):
    us = round(timeout * 1e6)
    sec, us = divmod(us, 1_000_000)
    minutes, sec = divmod(sec, 60)
    hours, minutes = divmod(minutes, 60)
    if us:
        return f"Timeout ({hours}:{minutes:02}:{sec:02}.{us:06})!\n"
    return f"Timeout ({hours}:{minutes:02}:{sec:02})!\n"


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False):
dump the traceback of all threads in timeout seconds,
or each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe."""
    global _later
    if not isinstance(timeout, (int, float)):
        raise TypeError(f"'{type(timeout).__name__}' object cannot be interpreted as an integer")
    # As _PyTime_FromSecondsObject converts it to nanoseconds.
    if timeout != timeout:
        raise ValueError("Invalid value NaN (not a number)")
    if isinstance(timeout, float):
        if abs(timeout * 1e9) >= 2.0 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
    elif abs(timeout) * 10 ** 9 >= 2 ** 63:
        raise OverflowError("timestamp too large to convert to C _PyTime_t")
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    fd = _fileno(file)
    _later = (fd, _format_timeout(timeout), bool(repeat), bool(exit))
    _watchdog(timeout, repeat)


def cancel_dump_traceback_later():
    """cancel_dump_traceback_later():
cancel the previous call to dump_traceback_later()."""
    global _later
    _later = None
    _watchdog_cancel()


def _later_fire():
    # Run at a safe point of the main thread once the watchdog's time is up.
    global _later
    if _later is None:
        return
    fd, header, repeat, exit = _later
    _write(fd, header.encode("ascii"))
    _dump(fd, _sys._getframe(1), True, current=False)
    if exit:
        _os_exit(1)
    if not repeat:
        _later = None


_FATAL_SIGNALS = (7, 4, 8, 6, 11)


def register(signum, file=None, all_threads=True, chain=False):
    """register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file"""
    import signal as _signal
    if signum in _FATAL_SIGNALS:
        raise RuntimeError(f"signal {signum} cannot be registered, use enable() instead")
    if not 1 <= signum < _signal.NSIG:
        raise ValueError("signal number out of range")
    fd = _fileno(file)
    previous = _registered[signum][1] if signum in _registered else _signal.getsignal(signum)

    def handler(sig, frame):
        # The interrupted frame, with its callers linked (`frame` may lack its `f_back`).
        _dump(fd, _sys._getframe(1), all_threads)
        if chain and callable(previous):
            previous(sig, frame)

    _signal.signal(signum, handler)
    _registered[signum] = (handler, previous)


def unregister(signum):
    """unregister(signum): unregister the handler of the signal 'signum' registered by register()"""
    import signal as _signal
    if signum in _FATAL_SIGNALS:
        raise RuntimeError(f"signal {signum} cannot be registered, use enable() instead")
    if signum not in _registered:
        return False
    _, previous = _registered.pop(signum)
    _signal.signal(signum, previous if previous is not None else _signal.SIG_DFL)
    return True

