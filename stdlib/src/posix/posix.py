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


def _sched_param_new(cls, *args, _new=sched_param.__new__, **kwargs):
    # Made from its one field, as CPython's os.sched_param(sched_priority) (whose pickles, made by
    # the struct sequence's __reduce__, it refuses as CPython 3.11 does).
    n = len(args) + len(kwargs)
    if n > 1:
        raise TypeError(f"sched_param() takes at most 1 argument ({n} given)")
    if not args and "sched_priority" not in kwargs:
        raise TypeError("sched_param() missing required argument 'sched_priority' (pos 1)")
    return _new(cls, (args or tuple(kwargs.values())))


sched_param.__new__ = staticmethod(_sched_param_new)


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


_not_given = object()


def register_at_fork(*, before=_not_given, after_in_child=_not_given,
                     after_in_parent=_not_given):
    """Register callables to be called when forking a new process."""
    given = {"before": before, "after_in_child": after_in_child,
             "after_in_parent": after_in_parent}
    given = {k: f for k, f in given.items() if f is not _not_given}
    if not given:
        raise TypeError("At least one argument is required.")
    for name, f in given.items():
        if not callable(f):
            raise TypeError(f"'{name}' must be callable, not {type(f).__name__}")
    for name, f in given.items():
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




def _spawn(fname, use_path, path, argv, env, file_actions, setpgroup, resetids, setsid,
           setsigmask, setsigdef, scheduler):
    # Checks and converts the arguments in CPython's order and words; `_posix_spawn` does the rest.
    import operator
    from os import fsencode
    resetids = operator.index(resetids)
    setsid = operator.index(setsid)
    if not isinstance(argv, (list, tuple)):
        raise TypeError(f"{fname}: argv must be a tuple or list")
    if not argv:
        raise ValueError(f"{fname}: argv must not be empty")
    if not hasattr(type(env), "__getitem__"):
        raise TypeError(f"{fname}: environment must be a mapping object")
    args = [fsencode(a) for a in argv]
    if not args[0]:
        raise ValueError(f"{fname}: argv first element cannot be empty")
    envlist = []
    for k, v in zip(list(env.keys()), list(env.values())):
        k, v = fsencode(k), fsencode(v)
        if not k or b"=" in k[1:]:
            raise ValueError("illegal environment variable name")
        envlist.append(k + b"=" + v)
    actions = []
    if file_actions is not None:
        try:
            file_actions = list(file_actions)
        except TypeError:
            raise TypeError("file_actions must be a sequence or None") from None
        for fa in file_actions:
            if not isinstance(fa, tuple) or not fa:
                raise TypeError("Each file_actions element must be a non-empty tuple")
            tag = operator.index(fa[0])
            if tag == POSIX_SPAWN_OPEN:
                if len(fa) != 5:
                    raise TypeError("A open file_action tuple must have 5 elements")
                p = fsencode(fa[2])
                if b"\0" in p:
                    raise ValueError("embedded null byte")
                actions.append((tag, operator.index(fa[1]), p, operator.index(fa[3]),
                                operator.index(fa[4])))
            elif tag == POSIX_SPAWN_CLOSE:
                if len(fa) != 2:
                    raise TypeError("A close file_action tuple must have 2 elements")
                actions.append((tag, operator.index(fa[1])))
            elif tag == POSIX_SPAWN_DUP2:
                if len(fa) != 3:
                    raise TypeError("A dup2 file_action tuple must have 3 elements")
                actions.append((tag, operator.index(fa[1]), operator.index(fa[2])))
            else:
                raise TypeError("Unknown file_actions identifier")
    if setpgroup is not None:
        setpgroup = operator.index(setpgroup)
    sigs = []
    for given in (setsigmask, setsigdef):
        if given == ():
            sigs.append(None)
            continue
        nums = []
        for s in given:
            s = operator.index(s)
            if not 0 < s < 65:
                raise ValueError(f"signal number {s} out of range [1; 64]")
            nums.append(s)
        sigs.append(nums)
    if scheduler is not None:
        if not isinstance(scheduler, tuple) or len(scheduler) != 2:
            raise TypeError("A scheduler tuple must have two elements")
        policy, param = scheduler
        if not isinstance(param, sched_param):
            raise TypeError("must have a sched_param object")
        priority = operator.index(param.sched_priority)
        if not -2**31 <= priority < 2**31:
            raise OverflowError("sched_priority out of range")
        scheduler = (None if policy is None else operator.index(policy), priority)
    return _posix_spawn(fname, use_path, path, args, envlist, actions, setpgroup, resetids,
                        setsid, sigs[0], sigs[1], scheduler)

