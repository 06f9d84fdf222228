# The Python half of `posix`, run once in the module's namespace after the natives are added
# (`_scandir`, `stat`, `lstat`, `isatty`, `stat_result` and the constants are already there).

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


def _stat_result_new(cls, sequence, dict=None, _new=stat_result.__new__):
    # A stat_result made from its ten indexable items gets its float times from the integer ones,
    # as CPython's statresult_new does.
    self = _new(cls, sequence, dict)
    extra = list(self._extra)
    for i in range(3):
        if extra[i] is None:
            extra[i] = self[7 + i]
    object.__setattr__(self, "_extra", tuple(extra))
    return self


stat_result.__new__ = staticmethod(_stat_result_new)


class DirEntry:
    """An entry of a directory listing made by scandir(); file types come from the listing and
    stat() results are cached, as in CPython."""

    def __init__(self, dir_fd, name, path, kind, ino):
        self.name = name
        self.path = path
        self._dir_fd = dir_fd
        self._kind = kind
        self._ino = ino
        self._stat = None
        self._lstat = None

    def _stat_at(self, follow_symlinks):
        # An entry of a descriptor's listing is stat'ed relative to that descriptor.
        if self._dir_fd is None:
            return stat(self.path, follow_symlinks=follow_symlinks)
        return stat(self.name, dir_fd=self._dir_fd, follow_symlinks=follow_symlinks)

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._ino

    def is_symlink(self):
        if self._kind == 0:
            return (self.stat(follow_symlinks=False).st_mode & _S_IFMT) == 0o120000
        return self._kind == 3

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self.is_symlink():
            if self._stat is None:
                self._stat = self._stat_at(True)
            return self._stat
        if self._lstat is None:
            self._lstat = self._stat_at(False)
        return self._lstat

    def _is(self, kind, ifmt, follow_symlinks):
        if self._kind == 0 or (follow_symlinks and self._kind == 3):
            try:
                st = self.stat(follow_symlinks=follow_symlinks)
            except FileNotFoundError:
                return False
            return (st.st_mode & _S_IFMT) == ifmt
        return self._kind == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._is(1, _S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is(2, _S_IFREG, follow_symlinks)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'posix.DirEntry' object")


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)
        self._open = True

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self._it)
        except StopIteration:
            self._open = False
            raise

    def close(self):
        self._it = iter(())
        self._open = False

    def __del__(self):
        # An iterator dropped before its end and without close() is reported, as in CPython.
        if getattr(self, "_open", False):
            self._open = False
            import warnings
            warnings.warn(f"unclosed scandir iterator {self!r}", ResourceWarning, source=self)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = "ScandirIterator"


def scandir(path=None):
    """Return an iterator of DirEntry objects for the given path."""
    dir_fd, entries = _scandir(path)
    return _ScandirIterator([DirEntry(dir_fd, *e) for e in entries])


def device_encoding(fd):
    return "utf-8" if isatty(fd) else None


def WIFEXITED(status):
    return (status & 0x7F) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xFF


def WIFSIGNALED(status):
    return 0 < (status & 0x7F) < 0x7F


def WTERMSIG(status):
    return status & 0x7F


def WIFSTOPPED(status):
    return (status & 0xFF) == 0x7F


def WSTOPSIG(status):
    return (status >> 8) & 0xFF


def waitstatus_to_exitcode(status):
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError(f"process stopped by delivery of signal {WSTOPSIG(status)}")
    raise ValueError(f"invalid wait status: {status}")


def WCOREDUMP(status):
    return WIFSIGNALED(status) and bool(status & 0x80)


def WIFCONTINUED(status):
    return status == 0xFFFF


_at_fork = {"before": [], "after_in_child": [], "after_in_parent": []}


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    """Register callables to be called when forking a new process."""
    given = {"before": before, "after_in_child": after_in_child,
             "after_in_parent": after_in_parent}
    if all(f is None for f in given.values()):
        raise TypeError("At least one argument is required.")
    for name, f in given.items():
        if f is not None and not callable(f):
            raise TypeError(f"'{name}' must be callable, not {type(f).__name__}")
    for name, f in given.items():
        if f is not None:
            _at_fork[name].append(f)


def _run_at_fork(which):
    # The hooks of one moment of a fork: "before" ones newest first, the others in registration
    # order; an exception is reported and the next hook runs, as in CPython.
    hooks = _at_fork[which]
    for f in reversed(hooks) if which == "before" else list(hooks):
        try:
            f()
        except BaseException as e:
            import sys
            import traceback
            print(f"Exception ignored in: {f!r}", file=sys.stderr)
            traceback.print_exception(e, file=sys.stderr)


def fork():
    """Fork a child process.

    Return 0 to child process and PID of child to parent process."""
    _run_at_fork("before")
    try:
        pid = _fork()
    except OSError:
        _run_at_fork("after_in_parent")
        raise
    _run_at_fork("after_in_child" if pid == 0 else "after_in_parent")
    return pid
