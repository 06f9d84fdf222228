//! The system calls behind `posix` that the Rust standard library does not offer on raw file
//! descriptors and process ids, as safe functions returning `std::io::Result`. Like the other `sys`
//! files of the crate, it confines `unsafe` to calls that pass plain integers or buffers they own.
#![allow(unsafe_code)]
use std::ffi::CStr;
use std::io::{Error, Result};

/// A C return value of -1 becomes the thread's `errno` (shared by the crate's `sys` files).
pub(crate) fn check(r: libc::c_int) -> Result<libc::c_int> {
    if r == -1 {
        Err(Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// Makes a system call that may block without the GIL, so that other threads run meanwhile; a
/// result of -1 becomes `errno`, read before the GIL is taken back (taking it may change `errno`).
///
/// # Safety
/// `call` touches no object handle (it passes integers and pointers into buffers its caller owns).
pub(crate) unsafe fn blocking<T: PartialEq + From<i8>>(call: impl FnOnce() -> T) -> Result<T> {
    // SAFETY: as this function's contract.
    unsafe {
        weft_vm::heap::gil::unlocked_raw(|| {
            let r = call();
            if r == T::from(-1) {
                Err(Error::last_os_error())
            } else {
                Ok(r)
            }
        })
    }
}

pub fn open(path: &CStr, flags: i32, mode: u32) -> Result<i32> {
    // SAFETY: `path` is a NUL-terminated string that outlives the call (opening a FIFO blocks).
    unsafe { blocking(|| libc::open(path.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint)) }
}

/// Reads up to `n` bytes into `buf`'s spare capacity (which the caller reserved), so a large
/// request touches only the memory the data fills.
pub fn read(fd: i32, buf: &mut Vec<u8>, n: usize) -> Result<()> {
    let spare = buf.spare_capacity_mut();
    let n = n.min(spare.len());
    // SAFETY: `spare` is writable for `n` bytes; `read` initialises the first `r` of them.
    let r = unsafe { blocking(|| libc::read(fd, spare.as_mut_ptr().cast(), n))? };
    // SAFETY: `read` wrote `r <= n` bytes just after the initialised length.
    unsafe { buf.set_len(buf.len() + r as usize) };
    Ok(())
}

pub fn write(fd: i32, data: &[u8]) -> Result<usize> {
    // SAFETY: `data` is readable for its length.
    let r = unsafe { blocking(|| libc::write(fd, data.as_ptr().cast(), data.len()))? };
    Ok(r as usize)
}

pub fn close(fd: i32) -> Result<()> {
    // SAFETY: closing an integer descriptor; a descriptor that some file object still owns makes
    // that object's later calls fail with EBADF, as in CPython.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

pub fn lseek(fd: i32, pos: i64, how: i32) -> Result<i64> {
    // SAFETY: plain integers.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(Error::last_os_error());
    }
    Ok(r)
}

/// `stat`, `lstat` (`follow == false`) or, with no path, `fstat(fd)`.
pub fn stat(path: Option<&CStr>, fd: i32, follow: bool) -> Result<libc::stat> {
    // SAFETY: `libc::stat` is plain old data, for which all-zero bytes are a valid value.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid out-pointer and `path` is NUL-terminated.
    let r = unsafe {
        match path {
            None => libc::fstat(fd, &mut st),
            Some(p) if follow => libc::stat(p.as_ptr(), &mut st),
            Some(p) => libc::lstat(p.as_ptr(), &mut st),
        }
    };
    check(r).map(|_| st)
}

pub fn ftruncate(fd: i32, len: i64) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe { libc::ftruncate(fd, len) }).map(|_| ())
}

/// `fsync` (`data_only`: `fdatasync`).
pub fn fsync(fd: i32, data_only: bool) -> Result<()> {
    // SAFETY: plain integers.
    unsafe {
        blocking(|| {
            if data_only {
                libc::fdatasync(fd)
            } else {
                libc::fsync(fd)
            }
        })
    }
    .map(|_| ())
}

pub fn isatty(fd: i32) -> bool {
    // SAFETY: plain integer.
    unsafe { libc::isatty(fd) == 1 }
}

pub fn pipe() -> Result<(i32, i32)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` holds the two descriptors `pipe2` writes.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
    Ok((fds[0], fds[1]))
}

pub fn dup(fd: i32) -> Result<i32> {
    // SAFETY: plain integer.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

pub fn kill(pid: i32, sig: i32) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe { libc::kill(pid, sig) }).map(|_| ())
}

/// `waitpid`: the pid and the raw status.
pub fn waitpid(pid: i32, options: i32) -> Result<(i32, i32)> {
    let mut status: libc::c_int = 0;
    // SAFETY: `status` is a valid out-pointer.
    let r = unsafe { blocking(|| libc::waitpid(pid, &mut status, options))? };
    Ok((r, status))
}

pub fn exit_now(code: i32) -> ! {
    // SAFETY: ends the process without running destructors, which is what `os._exit` asks for.
    unsafe { libc::_exit(code) }
}

pub fn umask(mask: u32) -> u32 {
    // SAFETY: plain integer.
    unsafe { libc::umask(mask as libc::mode_t) as u32 }
}

/// `(uid, euid, gid, egid, ppid)`.
pub fn ids() -> [i64; 5] {
    // SAFETY: these calls take no arguments and cannot fail.
    unsafe {
        [
            libc::getuid() as i64,
            libc::geteuid() as i64,
            libc::getgid() as i64,
            libc::getegid() as i64,
            libc::getppid() as i64,
        ]
    }
}

/// The terminal's `(columns, lines)`.
pub fn terminal_size(fd: i32) -> Result<(u16, u16)> {
    // SAFETY: `winsize` is plain old data.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one `winsize` through the pointer.
    check(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) })?;
    Ok((ws.ws_col, ws.ws_row))
}

/// `pipe2(flags)`.
pub fn pipe2(flags: i32) -> Result<(i32, i32)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` holds the two descriptors `pipe2` writes.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), flags) })?;
    Ok((fds[0], fds[1]))
}

/// `dup2(fd, fd2)`, or `dup3(fd, fd2, O_CLOEXEC)` when the copy is not inheritable.
pub fn dup2(fd: i32, fd2: i32, inheritable: bool) -> Result<i32> {
    // SAFETY: plain integers.
    check(unsafe {
        if inheritable || fd == fd2 {
            libc::dup2(fd, fd2)
        } else {
            libc::dup3(fd, fd2, libc::O_CLOEXEC)
        }
    })
}

/// The descriptor flags (`F_GETFD`) or status flags (`F_GETFL`) of `fd`.
fn get_flags(fd: i32, cmd: i32) -> Result<i32> {
    // SAFETY: plain integers.
    check(unsafe { libc::fcntl(fd, cmd) })
}

/// Sets or clears `bit` in the flags `get` reads and `set` writes, skipping the write when nothing
/// changes.
fn set_flag(fd: i32, get: i32, set: i32, bit: i32, on: bool) -> Result<()> {
    let old = get_flags(fd, get)?;
    let new = if on { old | bit } else { old & !bit };
    if new != old {
        // SAFETY: plain integers.
        check(unsafe { libc::fcntl(fd, set, new) })?;
    }
    Ok(())
}

pub fn get_inheritable(fd: i32) -> Result<bool> {
    Ok(get_flags(fd, libc::F_GETFD)? & libc::FD_CLOEXEC == 0)
}

pub fn set_inheritable(fd: i32, inheritable: bool) -> Result<()> {
    set_flag(
        fd,
        libc::F_GETFD,
        libc::F_SETFD,
        libc::FD_CLOEXEC,
        !inheritable,
    )
}

pub fn get_blocking(fd: i32) -> Result<bool> {
    Ok(get_flags(fd, libc::F_GETFL)? & libc::O_NONBLOCK == 0)
}

pub fn set_blocking(fd: i32, blocking: bool) -> Result<()> {
    set_flag(
        fd,
        libc::F_GETFL,
        libc::F_SETFL,
        libc::O_NONBLOCK,
        !blocking,
    )
}

pub fn killpg(pgid: i32, sig: i32) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe { libc::killpg(pgid, sig) }).map(|_| ())
}

/// `getpgid(pid)`, `getsid(pid)`.
pub fn getpgid(pid: i32) -> Result<i32> {
    // SAFETY: plain integer.
    check(unsafe { libc::getpgid(pid) })
}

pub fn getsid(pid: i32) -> Result<i32> {
    // SAFETY: plain integer.
    check(unsafe { libc::getsid(pid) })
}

pub fn setsid() -> Result<i32> {
    // SAFETY: no arguments.
    check(unsafe { libc::setsid() })
}

pub fn setpgid(pid: i32, pgid: i32) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe { libc::setpgid(pid, pgid) }).map(|_| ())
}

/// `sysconf(name)`; -1 without an error means "no limit".
pub fn sysconf(name: i32) -> Result<i64> {
    // `sysconf` leaves errno alone when it answers -1 for "indeterminate", so clear it first.
    // SAFETY: `__errno_location` returns this thread's errno slot.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: plain integer.
    let r = unsafe { libc::sysconf(name) };
    if r == -1 && Error::last_os_error().raw_os_error() != Some(0) {
        return Err(Error::last_os_error());
    }
    Ok(r as i64)
}

/// `fork()`: the child's pid in the parent, 0 in the child. weft runs one OS thread, so the child
/// inherits a consistent heap.
pub fn fork() -> Result<i32> {
    // SAFETY: no arguments; see above for why the child may go on running Python.
    check(unsafe { libc::fork() })
}

/// `execv`/`execve` (with `env`): returns only on failure.
/// `execv`, `execve`, or with no path `fexecve(fd)` (which always has an environment).
pub fn exec(
    path: Option<&CStr>,
    fd: i32,
    argv: &[std::ffi::CString],
    env: Option<&[std::ffi::CString]>,
) -> Error {
    let mut a: Vec<*const libc::c_char> = argv.iter().map(|s| s.as_ptr()).collect();
    a.push(std::ptr::null());
    let e: Option<Vec<*const libc::c_char>> = env.map(|env| {
        let mut e: Vec<_> = env.iter().map(|s| s.as_ptr()).collect();
        e.push(std::ptr::null());
        e
    });
    // SAFETY: `path` and every string the two NULL-terminated arrays point to outlive the call.
    unsafe {
        match (path, &e) {
            (Some(p), Some(e)) => libc::execve(p.as_ptr(), a.as_ptr(), e.as_ptr()),
            (Some(p), None) => libc::execv(p.as_ptr(), a.as_ptr()),
            (None, Some(e)) => libc::fexecve(fd, a.as_ptr(), e.as_ptr()),
            (None, None) => libc::fexecve(fd, a.as_ptr(), [std::ptr::null()].as_ptr()),
        }
    };
    Error::last_os_error()
}

pub fn setgroups(groups: &[u32]) -> Result<()> {
    // SAFETY: `groups` is readable for its length, and `gid_t` is `u32` on Linux.
    check(unsafe { libc::setgroups(groups.len(), groups.as_ptr()) }).map(|_| ())
}

/// The supplementary groups of the process.
pub fn getgroups() -> Result<Vec<u32>> {
    // SAFETY: a zero-length query writes nothing and returns the count.
    let n = check(unsafe { libc::getgroups(0, std::ptr::null_mut()) })?;
    let mut groups = vec![0u32; n as usize];
    // SAFETY: `groups` is writable for `n` entries.
    let m = check(unsafe { libc::getgroups(n, groups.as_mut_ptr()) })?;
    groups.truncate(m as usize);
    Ok(groups)
}

/// `setregid(rgid, egid)`; `u32::MAX` (-1) leaves an id unchanged.
pub fn setregid(rgid: u32, egid: u32) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe { libc::setregid(rgid, egid) }).map(|_| ())
}

pub fn setreuid(ruid: u32, euid: u32) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe { libc::setreuid(ruid, euid) }).map(|_| ())
}
