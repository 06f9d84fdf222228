//! The `*at` system calls behind `posix`'s `dir_fd` and `follow_symlinks` parameters, and their
//! descriptor forms (`fchmod`, `fchown`, `futimens`, `fchdir`). `dir` is a directory descriptor or
//! `AT_FDCWD`; `unsafe` is confined to calls that pass integers and NUL-terminated strings.
#![allow(unsafe_code)]
use super::sys::check;
use std::ffi::CStr;
use std::io::{Error, Result};

fn nofollow(follow: bool) -> libc::c_int {
    if follow {
        0
    } else {
        libc::AT_SYMLINK_NOFOLLOW
    }
}

/// `fstatat(dir, path)` or, with no path, `fstat(fd)`.
pub fn stat(dir: i32, path: Option<&CStr>, follow: bool) -> Result<libc::stat> {
    // SAFETY: `libc::stat` is plain old data, for which all-zero bytes are a valid value.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid out-pointer and `path` is NUL-terminated.
    let r = unsafe {
        match path {
            None => libc::fstat(dir, &mut st),
            Some(p) => libc::fstatat(dir, p.as_ptr(), &mut st, nofollow(follow)),
        }
    };
    check(r).map(|_| st)
}

pub fn open(dir: i32, path: &CStr, flags: i32, mode: u32) -> Result<i32> {
    // SAFETY: `path` is a NUL-terminated string that outlives the call.
    check(unsafe {
        libc::openat(
            dir,
            path.as_ptr(),
            flags | libc::O_CLOEXEC,
            mode as libc::c_uint,
        )
    })
}

/// `unlinkat`; `rmdir` passes `AT_REMOVEDIR`.
pub fn unlink(dir: i32, path: &CStr, rmdir: bool) -> Result<()> {
    let flags = if rmdir { libc::AT_REMOVEDIR } else { 0 };
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::unlinkat(dir, path.as_ptr(), flags) }).map(|_| ())
}

pub fn mkdir(dir: i32, path: &CStr, mode: u32) -> Result<()> {
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::mkdirat(dir, path.as_ptr(), mode as libc::mode_t) }).map(|_| ())
}

pub fn rename(sdir: i32, src: &CStr, ddir: i32, dst: &CStr) -> Result<()> {
    // SAFETY: both paths are NUL-terminated.
    check(unsafe { libc::renameat(sdir, src.as_ptr(), ddir, dst.as_ptr()) }).map(|_| ())
}

pub fn symlink(src: &CStr, dir: i32, dst: &CStr) -> Result<()> {
    // SAFETY: both paths are NUL-terminated.
    check(unsafe { libc::symlinkat(src.as_ptr(), dir, dst.as_ptr()) }).map(|_| ())
}

pub fn link(sdir: i32, src: &CStr, ddir: i32, dst: &CStr, follow: bool) -> Result<()> {
    let flags = if follow { libc::AT_SYMLINK_FOLLOW } else { 0 };
    // SAFETY: both paths are NUL-terminated.
    check(unsafe { libc::linkat(sdir, src.as_ptr(), ddir, dst.as_ptr(), flags) }).map(|_| ())
}

/// `readlinkat`, growing the buffer until the target fits.
pub fn readlink(dir: i32, path: &CStr) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; 256];
    loop {
        // SAFETY: `buf` is writable for its length; `path` is NUL-terminated.
        let r = unsafe { libc::readlinkat(dir, path.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
        if r < 0 {
            return Err(Error::last_os_error());
        }
        if (r as usize) < buf.len() {
            buf.truncate(r as usize);
            return Ok(buf);
        }
        buf.resize(buf.len() * 2, 0);
    }
}

/// `faccessat`: whether the access is allowed.
pub fn access(dir: i32, path: &CStr, mode: i32, effective: bool, follow: bool) -> bool {
    let mut flags = nofollow(follow);
    if effective {
        flags |= libc::AT_EACCESS;
    }
    // SAFETY: `path` is NUL-terminated.
    unsafe { libc::faccessat(dir, path.as_ptr(), mode, flags) == 0 }
}

/// `fchmodat`, or `fchmod(fd)` with no path.
pub fn chmod(dir: i32, path: Option<&CStr>, mode: u32, follow: bool) -> Result<()> {
    // SAFETY: `path` is NUL-terminated.
    check(unsafe {
        match path {
            None => libc::fchmod(dir, mode as libc::mode_t),
            Some(p) => libc::fchmodat(dir, p.as_ptr(), mode as libc::mode_t, nofollow(follow)),
        }
    })
    .map(|_| ())
}

/// `fchownat`, or `fchown(fd)` with no path.
pub fn chown(dir: i32, path: Option<&CStr>, uid: u32, gid: u32, follow: bool) -> Result<()> {
    // SAFETY: `path` is NUL-terminated.
    check(unsafe {
        match path {
            None => libc::fchown(dir, uid, gid),
            Some(p) => libc::fchownat(dir, p.as_ptr(), uid, gid, nofollow(follow)),
        }
    })
    .map(|_| ())
}

/// `utimensat`, or `futimens(fd)` with no path; `None` times are "now".
pub fn utimens(
    dir: i32,
    path: Option<&CStr>,
    times: Option<[(i64, i64); 2]>,
    follow: bool,
) -> Result<()> {
    let ts = times.map(|t| {
        t.map(|(s, ns)| libc::timespec {
            tv_sec: s as libc::time_t,
            tv_nsec: ns as libc::c_long,
        })
    });
    let ptr = ts.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    // SAFETY: `ptr` is null or points at two timespecs that outlive the call.
    check(unsafe {
        match path {
            None => libc::futimens(dir, ptr),
            Some(p) => libc::utimensat(dir, p.as_ptr(), ptr, nofollow(follow)),
        }
    })
    .map(|_| ())
}

pub fn fchdir(fd: i32) -> Result<()> {
    // SAFETY: a plain integer.
    check(unsafe { libc::fchdir(fd) }).map(|_| ())
}

pub fn truncate(path: &CStr, len: i64) -> Result<()> {
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::truncate(path.as_ptr(), len) }).map(|_| ())
}

pub fn mknod(dir: i32, path: &CStr, mode: u32, dev: u64) -> Result<()> {
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::mknodat(dir, path.as_ptr(), mode as libc::mode_t, dev as libc::dev_t) })
        .map(|_| ())
}
