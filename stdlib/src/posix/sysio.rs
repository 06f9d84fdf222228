//! The system calls behind `posix`'s less common descriptor, terminal and process functions
//! (scatter/gather and positioned I/O, in-kernel copies, eventfd, memfd, terminals, statvfs,
//! extended attributes, ids, priority, times). Safe wrappers returning `std::io::Result`;
//! `unsafe` is confined to calls passing integers, NUL-terminated strings and buffers they own.
#![allow(unsafe_code)]
use super::sys::check;
use std::ffi::CStr;
use std::io::{Error, Result};

/// A byte count or -1 from the C library.
fn count(r: isize) -> Result<usize> {
    if r < 0 {
        Err(Error::last_os_error())
    } else {
        Ok(r as usize)
    }
}

/// The `iovec`s of the given buffers (start, length).
fn iovecs(bufs: impl Iterator<Item = (*mut u8, usize)>) -> Vec<libc::iovec> {
    bufs.map(|(p, n)| libc::iovec {
        iov_base: p.cast(),
        iov_len: n,
    })
    .collect()
}

/// `readv`: fills `bufs` in order; the count read.
pub fn readv(fd: i32, bufs: &mut [Vec<u8>]) -> Result<usize> {
    let iov = iovecs(bufs.iter_mut().map(|b| (b.as_mut_ptr(), b.len())));
    // SAFETY: each iovec points into a buffer of `bufs`, writable for its length.
    unsafe { super::sys::blocking(|| libc::readv(fd, iov.as_ptr(), iov.len() as libc::c_int)) }
        .map(|r| r as usize)
}

pub fn writev(fd: i32, bufs: &[Vec<u8>]) -> Result<usize> {
    // The kernel only reads through these.
    let iov = iovecs(bufs.iter().map(|b| (b.as_ptr().cast_mut(), b.len())));
    // SAFETY: each iovec points into a buffer of `bufs`, readable for its length.
    unsafe { super::sys::blocking(|| libc::writev(fd, iov.as_ptr(), iov.len() as libc::c_int)) }
        .map(|r| r as usize)
}

pub fn pread(fd: i32, n: usize, offset: i64) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` is writable for `n` bytes.
    let r = unsafe { super::sys::blocking(|| libc::pread(fd, buf.as_mut_ptr().cast(), n, offset)) }
        .map(|r| r as usize)?;
    buf.truncate(r);
    Ok(buf)
}

pub fn pwrite(fd: i32, data: &[u8], offset: i64) -> Result<usize> {
    // SAFETY: `data` is readable for its length.
    unsafe { super::sys::blocking(|| libc::pwrite(fd, data.as_ptr().cast(), data.len(), offset)) }
        .map(|r| r as usize)
}

fn offset_ptr(o: &mut Option<i64>) -> *mut libc::loff_t {
    match o {
        Some(x) => x as *mut libc::loff_t,
        None => std::ptr::null_mut(),
    }
}

/// `sendfile(2)`, without the GIL (a socket may make it wait).
pub fn sendfile(out_fd: i32, in_fd: i32, mut offset: Option<i64>, n: usize) -> Result<usize> {
    let p = offset_ptr(&mut offset);
    // SAFETY: the offset pointer is null or points at a live `loff_t`.
    unsafe { super::sys::blocking(|| libc::sendfile(out_fd, in_fd, p, n)) }.map(|r| r as usize)
}

pub fn copy_file_range(
    src: i32,
    dst: i32,
    n: usize,
    mut off_src: Option<i64>,
    mut off_dst: Option<i64>,
) -> Result<usize> {
    let (ps, pd) = (offset_ptr(&mut off_src), offset_ptr(&mut off_dst));
    // SAFETY: the offset pointers are null or point at live `loff_t`s.
    let r = unsafe { libc::syscall(libc::SYS_copy_file_range, src, ps, dst, pd, n, 0u32) };
    count(r as isize)
}

pub fn splice(
    src: i32,
    dst: i32,
    n: usize,
    mut off_src: Option<i64>,
    mut off_dst: Option<i64>,
    flags: u32,
) -> Result<usize> {
    let (ps, pd) = (offset_ptr(&mut off_src), offset_ptr(&mut off_dst));
    // SAFETY: the offset pointers are null or point at live `loff_t`s.
    count(unsafe { libc::splice(src, ps, dst, pd, n, flags) })
}

pub fn eventfd(initval: u32, flags: i32) -> Result<i32> {
    // SAFETY: plain integers.
    check(unsafe { libc::eventfd(initval, flags) })
}

pub fn eventfd_read(fd: i32) -> Result<u64> {
    let mut v: libc::eventfd_t = 0;
    // SAFETY: `v` is a valid out-pointer.
    check(unsafe { libc::eventfd_read(fd, &mut v) }).map(|_| v)
}

pub fn eventfd_write(fd: i32, v: u64) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe { libc::eventfd_write(fd, v) }).map(|_| ())
}

pub fn memfd_create(name: &CStr, flags: u32) -> Result<i32> {
    // SAFETY: `name` is NUL-terminated.
    check(unsafe { libc::memfd_create(name.as_ptr(), flags) })
}

pub fn getrandom(n: usize, flags: u32) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    let mut done = 0;
    while done < n {
        // SAFETY: the rest of `buf` is writable for `n - done` bytes.
        let r = unsafe { libc::getrandom(buf[done..].as_mut_ptr().cast(), n - done, flags) };
        match count(r) {
            Ok(k) => done += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(buf)
}

/// `openpty`: the master and slave descriptors, both close-on-exec.
pub fn openpty() -> Result<(i32, i32)> {
    let (mut m, mut s) = (0, 0);
    // SAFETY: `m` and `s` are valid out-pointers; the name, termios and winsize are not asked for.
    check(unsafe {
        libc::openpty(
            &mut m,
            &mut s,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    })?;
    for fd in [m, s] {
        super::sys::set_inheritable(fd, false)?;
    }
    Ok((m, s))
}

pub fn ttyname(fd: i32) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; 256];
    // SAFETY: `buf` is writable for its length.
    let r = unsafe { libc::ttyname_r(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if r != 0 {
        return Err(Error::from_raw_os_error(r));
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    buf.truncate(end);
    Ok(buf)
}

pub fn tcgetpgrp(fd: i32) -> Result<i32> {
    // SAFETY: a plain integer.
    check(unsafe { libc::tcgetpgrp(fd) })
}

pub fn tcsetpgrp(fd: i32, pgid: i32) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe { libc::tcsetpgrp(fd, pgid) }).map(|_| ())
}

/// `fpathconf(fd)` or `pathconf(path)`: the value, or None for "no limit".
pub fn pathconf(path: Option<&CStr>, fd: i32, name: i32) -> Result<Option<i64>> {
    // SAFETY: errno is thread-local; `path` is NUL-terminated.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: as above.
    let r = unsafe {
        match path {
            Some(p) => libc::pathconf(p.as_ptr(), name),
            None => libc::fpathconf(fd, name),
        }
    };
    if r == -1 {
        let e = Error::last_os_error();
        if e.raw_os_error() != Some(0) {
            return Err(e);
        }
        return Ok(None);
    }
    Ok(Some(r))
}

/// `statvfs(path)` or, with no path, `fstatvfs(fd)`.
pub fn statvfs(path: Option<&CStr>, fd: i32) -> Result<libc::statvfs> {
    // SAFETY: `libc::statvfs` is plain old data, for which all-zero bytes are a valid value.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid out-pointer and `path` is NUL-terminated.
    let r = unsafe {
        match path {
            Some(p) => libc::statvfs(p.as_ptr(), &mut st),
            None => libc::fstatvfs(fd, &mut st),
        }
    };
    check(r).map(|_| st)
}

/// Where an extended-attribute call looks: a path (following links or not) or a descriptor.
pub enum XattrOn<'a> {
    Path(&'a CStr, bool),
    Fd(i32),
}

/// `getxattr`, growing the buffer until the value fits.
pub fn getxattr(on: &XattrOn, name: &CStr) -> Result<Vec<u8>> {
    grown(128, |p, n| {
        // SAFETY: `p` is writable for `n` bytes (see `grown`); the strings are NUL-terminated.
        unsafe {
            match on {
                XattrOn::Path(path, true) => libc::getxattr(path.as_ptr(), name.as_ptr(), p, n),
                XattrOn::Path(path, false) => libc::lgetxattr(path.as_ptr(), name.as_ptr(), p, n),
                XattrOn::Fd(fd) => libc::fgetxattr(*fd, name.as_ptr(), p, n),
            }
        }
    })
}

/// The bytes a call writes into a buffer it is given (`call(buffer, length)` returning the count or
/// -1), retried with a buffer four times larger while it fails with `ERANGE`, up to 1 MiB.
fn grown(start: usize, mut call: impl FnMut(*mut libc::c_void, usize) -> isize) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; start];
    loop {
        match count(call(buf.as_mut_ptr().cast(), buf.len())) {
            Ok(k) => {
                buf.truncate(k);
                return Ok(buf);
            }
            Err(e) if e.raw_os_error() == Some(libc::ERANGE) && buf.len() < 1 << 20 => {
                buf.resize(buf.len() * 4, 0)
            }
            Err(e) => return Err(e),
        }
    }
}

pub fn setxattr(on: &XattrOn, name: &CStr, value: &[u8], flags: i32) -> Result<()> {
    let (p, n) = (value.as_ptr().cast(), value.len());
    // SAFETY: `value` is readable for `n` bytes; the strings are NUL-terminated.
    check(unsafe {
        match on {
            XattrOn::Path(path, true) => libc::setxattr(path.as_ptr(), name.as_ptr(), p, n, flags),
            XattrOn::Path(path, false) => {
                libc::lsetxattr(path.as_ptr(), name.as_ptr(), p, n, flags)
            }
            XattrOn::Fd(fd) => libc::fsetxattr(*fd, name.as_ptr(), p, n, flags),
        }
    })
    .map(|_| ())
}

pub fn removexattr(on: &XattrOn, name: &CStr) -> Result<()> {
    // SAFETY: the strings are NUL-terminated.
    check(unsafe {
        match on {
            XattrOn::Path(path, true) => libc::removexattr(path.as_ptr(), name.as_ptr()),
            XattrOn::Path(path, false) => libc::lremovexattr(path.as_ptr(), name.as_ptr()),
            XattrOn::Fd(fd) => libc::fremovexattr(*fd, name.as_ptr()),
        }
    })
    .map(|_| ())
}

/// `listxattr`: the NUL-separated names.
pub fn listxattr(on: &XattrOn) -> Result<Vec<u8>> {
    grown(256, |p, n| {
        // SAFETY: `p` is writable for `n` bytes (see `grown`); the path is NUL-terminated.
        unsafe {
            match on {
                XattrOn::Path(path, true) => libc::listxattr(path.as_ptr(), p.cast(), n),
                XattrOn::Path(path, false) => libc::llistxattr(path.as_ptr(), p.cast(), n),
                XattrOn::Fd(fd) => libc::flistxattr(*fd, p.cast(), n),
            }
        }
    })
}

/// `setuid`, `setgid`, `seteuid`, `setegid` by name.
pub fn set_id(which: &str, id: u32) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe {
        match which {
            "setuid" => libc::setuid(id),
            "setgid" => libc::setgid(id),
            "seteuid" => libc::seteuid(id),
            _ => libc::setegid(id),
        }
    })
    .map(|_| ())
}

/// `getresuid` (`user`) or `getresgid`.
pub fn getres(user: bool) -> Result<[u32; 3]> {
    let (mut r, mut e, mut s) = (0, 0, 0);
    // SAFETY: valid out-pointers.
    check(unsafe {
        if user {
            libc::getresuid(&mut r, &mut e, &mut s)
        } else {
            libc::getresgid(&mut r, &mut e, &mut s)
        }
    })
    .map(|_| [r, e, s])
}

pub fn setres(user: bool, ids: [u32; 3]) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe {
        if user {
            libc::setresuid(ids[0], ids[1], ids[2])
        } else {
            libc::setresgid(ids[0], ids[1], ids[2])
        }
    })
    .map(|_| ())
}

/// `getpriority`, which may legitimately return -1 (errno tells).
pub fn getpriority(which: i32, who: u32) -> Result<i32> {
    // SAFETY: errno is thread-local.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: plain integers.
    let r = unsafe { libc::getpriority(which as libc::__priority_which_t, who) };
    if r == -1 {
        let e = Error::last_os_error();
        if e.raw_os_error() != Some(0) {
            return Err(e);
        }
    }
    Ok(r)
}

pub fn setpriority(which: i32, who: u32, prio: i32) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe { libc::setpriority(which as libc::__priority_which_t, who, prio) }).map(|_| ())
}

/// `times()`: user, system, children's user and system, elapsed, in clock ticks, and the ticks
/// per second.
pub fn times() -> Result<([i64; 5], i64)> {
    // SAFETY: `libc::tms` is plain old data.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a valid out-pointer.
    let r = unsafe { libc::times(&mut t) };
    if r == (-1i64) as libc::clock_t {
        return Err(Error::last_os_error());
    }
    // SAFETY: a plain integer.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    Ok((
        [
            t.tms_utime as i64,
            t.tms_stime as i64,
            t.tms_cutime as i64,
            t.tms_cstime as i64,
            r as i64,
        ],
        hz as i64,
    ))
}

/// `uname()`: sysname, nodename, release, version, machine.
pub fn uname() -> Result<[Vec<u8>; 5]> {
    // SAFETY: `libc::utsname` is plain old data.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid out-pointer.
    check(unsafe { libc::uname(&mut u) })?;
    let field = |f: &[libc::c_char]| {
        f.iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect()
    };
    Ok([
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ])
}

pub fn getloadavg() -> Result<[f64; 3]> {
    let mut l = [0f64; 3];
    // SAFETY: `l` is writable for three doubles.
    if unsafe { libc::getloadavg(l.as_mut_ptr(), 3) } != 3 {
        return Err(Error::other("Load averages are unobtainable"));
    }
    Ok(l)
}

pub fn sync() {
    // SAFETY: no arguments.
    unsafe { libc::sync() }
}

pub fn nice(inc: i32) -> Result<i32> {
    // SAFETY: errno is thread-local.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: a plain integer.
    let r = unsafe { libc::nice(inc) };
    if r == -1 {
        let e = Error::last_os_error();
        if e.raw_os_error() != Some(0) {
            return Err(e);
        }
    }
    Ok(r)
}

/// `preadv2` (flags 0 is plain `preadv`): fills `bufs` in order from `offset`.
pub fn preadv(fd: i32, bufs: &mut [Vec<u8>], offset: i64, flags: i32) -> Result<usize> {
    let iov = iovecs(bufs.iter_mut().map(|b| (b.as_mut_ptr(), b.len())));
    // SAFETY: each iovec points into a buffer of `bufs`, writable for its length.
    count(unsafe { libc::preadv2(fd, iov.as_ptr(), iov.len() as libc::c_int, offset, flags) })
}

pub fn pwritev(fd: i32, bufs: &[Vec<u8>], offset: i64, flags: i32) -> Result<usize> {
    // The kernel only reads through these.
    let iov = iovecs(bufs.iter().map(|b| (b.as_ptr().cast_mut(), b.len())));
    // SAFETY: each iovec points into a buffer of `bufs`, readable for its length.
    count(unsafe { libc::pwritev2(fd, iov.as_ptr(), iov.len() as libc::c_int, offset, flags) })
}

/// A C function returning an error number (not setting errno).
fn code(r: libc::c_int) -> Result<()> {
    if r == 0 {
        Ok(())
    } else {
        Err(Error::from_raw_os_error(r))
    }
}

pub fn lockf(fd: i32, cmd: i32, len: i64) -> Result<()> {
    // SAFETY: plain integers.
    unsafe { super::sys::blocking(|| libc::lockf(fd, cmd, len)) }.map(|_| ())
}

pub fn fadvise(fd: i32, offset: i64, len: i64, advice: i32) -> Result<()> {
    // SAFETY: plain integers.
    code(unsafe { libc::posix_fadvise(fd, offset, len, advice) })
}

pub fn fallocate(fd: i32, offset: i64, len: i64) -> Result<()> {
    // SAFETY: plain integers.
    code(unsafe { libc::posix_fallocate(fd, offset, len) })
}

pub fn pidfd_open(pid: i32, flags: u32) -> Result<i32> {
    // SAFETY: plain integers.
    let r = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, flags) };
    check(r as libc::c_int)
}

/// `confstr(name)`: the value, or None when the name has none.
pub fn confstr(name: i32) -> Result<Option<Vec<u8>>> {
    // SAFETY: errno is thread-local; a null buffer of length 0 asks for the length.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: as above.
    let n = unsafe { libc::confstr(name, std::ptr::null_mut(), 0) };
    if n == 0 {
        let e = Error::last_os_error();
        return if e.raw_os_error() == Some(0) {
            Ok(None)
        } else {
            Err(e)
        };
    }
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` is writable for `n` bytes.
    unsafe { libc::confstr(name, buf.as_mut_ptr().cast(), n) };
    buf.truncate(n - 1);
    Ok(Some(buf))
}

/// `waitid(idtype, id, options)`: None when `WNOHANG` found no child, else pid, uid, signal,
/// status and code.
pub fn waitid(idtype: u32, id: u32, options: i32) -> Result<Option<[i64; 5]>> {
    // SAFETY: `siginfo_t` is plain old data.
    let mut si: libc::siginfo_t = unsafe { std::mem::zeroed() };
    // SAFETY: `si` is a valid out-pointer.
    unsafe {
        super::sys::blocking(|| libc::waitid(idtype as libc::idtype_t, id, &mut si, options))
    }?;
    // SAFETY: after waitid the child fields of `si` are set (zero when no child was waited).
    let (pid, uid, status) = unsafe { (si.si_pid(), si.si_uid(), si.si_status()) };
    if pid == 0 {
        return Ok(None);
    }
    Ok(Some([
        pid as i64,
        uid as i64,
        si.si_signo as i64,
        status as i64,
        si.si_code as i64,
    ]))
}

pub fn sched_yield() {
    // SAFETY: no arguments.
    unsafe { libc::sched_yield() };
}

/// `sched_get_priority_max` (`max`) or `_min` of `policy`.
pub fn sched_priority(policy: i32, max: bool) -> Result<i32> {
    // SAFETY: a plain integer.
    check(unsafe {
        if max {
            libc::sched_get_priority_max(policy)
        } else {
            libc::sched_get_priority_min(policy)
        }
    })
}

/// `sched_getaffinity(pid)`: the CPUs the process may run on.
pub fn getaffinity(pid: i32) -> Result<Vec<usize>> {
    // SAFETY: `cpu_set_t` is plain old data.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid out-pointer of the size passed.
    check(unsafe {
        libc::sched_getaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &mut set)
    })?;
    let n = 8 * std::mem::size_of::<libc::cpu_set_t>();
    // SAFETY: `set` is initialised and every index is below its capacity.
    Ok((0..n)
        .filter(|&c| unsafe { libc::CPU_ISSET(c, &set) })
        .collect())
}

/// `sched_setaffinity(pid, cpus)`; CPUs beyond the set's capacity are an `EINVAL`.
pub fn setaffinity(pid: i32, cpus: &[usize]) -> Result<()> {
    // SAFETY: `cpu_set_t` is plain old data; all-zero is the empty set.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    let n = 8 * std::mem::size_of::<libc::cpu_set_t>();
    for &c in cpus {
        if c >= n {
            return Err(Error::from_raw_os_error(libc::EINVAL));
        }
        // SAFETY: `c` is below the set's capacity.
        unsafe { libc::CPU_SET(c, &mut set) };
    }
    // SAFETY: `set` is a valid set of the size passed.
    check(unsafe { libc::sched_setaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &set) })
        .map(|_| ())
}

/// `getgrouplist(user, group)`: the groups `user` belongs to, `group` included.
pub fn getgrouplist(user: &CStr, group: u32) -> Vec<u32> {
    let mut n: libc::c_int = 64;
    loop {
        let mut groups = vec![0 as libc::gid_t; n as usize];
        let cap = n;
        // SAFETY: `groups` is writable for `n` entries; `user` is NUL-terminated.
        let r = unsafe { libc::getgrouplist(user.as_ptr(), group, groups.as_mut_ptr(), &mut n) };
        if r >= 0 {
            groups.truncate(n as usize);
            return groups;
        }
        n = n.max(cap * 2);
    }
}

pub fn initgroups(user: &CStr, group: u32) -> Result<()> {
    // SAFETY: `user` is NUL-terminated.
    check(unsafe { libc::initgroups(user.as_ptr(), group) }).map(|_| ())
}

/// `sched_rr_get_interval(pid)`: the round-robin quantum in seconds.
pub fn rr_interval(pid: i32) -> Result<f64> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-pointer.
    check(unsafe { libc::sched_rr_get_interval(pid, &mut ts) })?;
    Ok(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

pub fn getscheduler(pid: i32) -> Result<i32> {
    // SAFETY: a plain integer.
    check(unsafe { libc::sched_getscheduler(pid) })
}

pub fn setscheduler(pid: i32, policy: i32, priority: i32) -> Result<()> {
    let p = libc::sched_param {
        sched_priority: priority,
    };
    // SAFETY: `p` is a valid sched_param.
    check(unsafe { libc::sched_setscheduler(pid, policy, &p) }).map(|_| ())
}

pub fn getparam(pid: i32) -> Result<i32> {
    let mut p = libc::sched_param { sched_priority: 0 };
    // SAFETY: `p` is a valid out-pointer.
    check(unsafe { libc::sched_getparam(pid, &mut p) }).map(|_| p.sched_priority)
}

pub fn setparam(pid: i32, priority: i32) -> Result<()> {
    let p = libc::sched_param {
        sched_priority: priority,
    };
    // SAFETY: `p` is a valid sched_param.
    check(unsafe { libc::sched_setparam(pid, &p) }).map(|_| ())
}
