//! The system calls of the forked child that `posix::sys` does not already wrap: changing
//! directory and closing the descriptors it does not keep. Each `unsafe` call passes plain
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

/// `close_range(lo, hi)`: closes every descriptor in the range without allocating (Linux 5.9+).
fn close_range(lo: u32, hi: u32) -> Result<()> {
    // SAFETY: plain integers; closing descriptors the child does not keep is the point.
    check(unsafe { libc::syscall(libc::SYS_close_range, lo, hi, 0) } as libc::c_int)
}

/// Closes every descriptor from 3 up except those in `keep` (sorted): with `close_range` between
/// the kept ones, or, on kernels without it, each descriptor `/proc/self/fd` lists.
pub fn close_fds_except(keep: &[i32]) {
    let mut lo = 3u32;
    let mut ranges_ok = true;
    for &k in keep {
        let k = k as u32;
        if k > lo {
            ranges_ok = close_range(lo, k - 1).is_ok();
            if !ranges_ok {
                break;
            }
        }
        lo = lo.max(k + 1);
    }
    if ranges_ok && close_range(lo, u32::MAX).is_ok() {
        return;
    }
    let fds: Vec<i32> = match std::fs::read_dir("/proc/self/fd") {
        Ok(rd) => rd
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
            .collect(),
        Err(_) => (0..super::super::posix::sys::sysconf(libc::_SC_OPEN_MAX).unwrap_or(256) as i32)
            .collect(),
    };
    for fd in fds {
        if fd >= 3 && keep.binary_search(&fd).is_err() {
            let _ = super::super::posix::sys::close(fd);
        }
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
