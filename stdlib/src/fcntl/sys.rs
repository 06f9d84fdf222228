//! The system calls behind `fcntl`. Each `unsafe` call passes plain integers or a buffer the caller
//! owns and sized for the command (CPython's 1024-byte argument buffer).
#![allow(unsafe_code)]
use std::io::Result;

use crate::posix::sys::check;

/// `fcntl(fd, cmd, arg)` with an integer argument.
pub fn fcntl_int(fd: i32, cmd: i32, arg: libc::c_long) -> Result<i32> {
    // SAFETY: an integer argument, which the kernel does not dereference for integer commands; a
    // command that expects a pointer gets EFAULT at worst for an invalid address.
    check(unsafe { libc::fcntl(fd, cmd, arg) })
}

/// `fcntl(fd, cmd, buf)`: the kernel reads and may write the buffer.
pub fn fcntl_buf(fd: i32, cmd: i32, buf: &mut [u8; 1024]) -> Result<i32> {
    // SAFETY: `buf` is writable for 1024 bytes, more than any fcntl structure.
    check(unsafe { libc::fcntl(fd, cmd, buf.as_mut_ptr()) })
}

/// `ioctl(fd, request, arg)` with an integer argument.
pub fn ioctl_int(fd: i32, request: libc::c_ulong, arg: libc::c_long) -> Result<i32> {
    // SAFETY: as for `fcntl_int`.
    check(unsafe { libc::ioctl(fd, request, arg) })
}

/// `ioctl(fd, request, buf)` on a buffer of at least 1024 bytes.
pub fn ioctl_buf(fd: i32, request: libc::c_ulong, buf: &mut [u8]) -> Result<i32> {
    // SAFETY: `buf` is writable for its length (the callers pass at least 1024 bytes, as CPython
    // does; longer mutable buffers are passed whole).
    check(unsafe { libc::ioctl(fd, request, buf.as_mut_ptr()) })
}

pub fn flock(fd: i32, op: i32) -> Result<()> {
    // SAFETY: plain integers.
    unsafe { crate::posix::sys::blocking(|| libc::flock(fd, op)) }.map(|_| ())
}

/// A POSIX record lock (`F_SETLK`/`F_SETLKW` with a `struct flock`).
pub fn record_lock(fd: i32, cmd: i32, kind: i16, start: i64, len: i64, whence: i16) -> Result<()> {
    // SAFETY: `flock` is plain old data; all-zero is a valid value.
    let mut l: libc::flock = unsafe { std::mem::zeroed() };
    l.l_type = kind;
    l.l_whence = whence;
    l.l_start = start;
    l.l_len = len;
    // SAFETY: `l` is a valid `struct flock` the kernel reads (and for F_GETLK writes).
    unsafe { crate::posix::sys::blocking(|| libc::fcntl(fd, cmd, &mut l)) }.map(|_| ())
}
