//! The system calls of the forked child that `posix::sys` does not already wrap: changing
//! directory, user and groups, and listing the open descriptors. Each `unsafe` call passes plain
//! integers or strings and buffers the caller owns.
#![allow(unsafe_code)]
use std::ffi::CStr;
use std::io::{Error, Result};

fn check(r: libc::c_int) -> Result<()> {
    if r == -1 {
        Err(Error::last_os_error())
    } else {
        Ok(())
    }
}

pub fn chdir(path: &CStr) -> Result<()> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    check(unsafe { libc::chdir(path.as_ptr()) })
}

pub fn setgroups(groups: &[u32]) -> Result<()> {
    // SAFETY: `groups` is readable for its length, and `gid_t` is `u32` on Linux.
    check(unsafe { libc::setgroups(groups.len(), groups.as_ptr()) })
}

pub fn setregid(gid: u32) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe { libc::setregid(gid, gid) })
}

pub fn setreuid(uid: u32) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe { libc::setreuid(uid, uid) })
}

/// The descriptors open in this process, from `/proc/self/fd` (which includes the one reading it,
/// closed again before this returns).
pub fn open_fds() -> Vec<i32> {
    match std::fs::read_dir("/proc/self/fd") {
        Ok(rd) => rd
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
            .collect(),
        // Without /proc, try every descriptor below the limit.
        Err(_) => (0..super::super::posix::sys::sysconf(libc::_SC_OPEN_MAX).unwrap_or(256) as i32)
            .collect(),
    }
}

/// Writes all of `data` to `fd`, ignoring errors: the child is about to exit either way.
pub fn write_all(fd: i32, mut data: &[u8]) {
    while !data.is_empty() {
        match super::super::posix::sys::write(fd, data) {
            Ok(0) => return,
            Ok(n) => data = &data[n..],
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return,
        }
    }
}
