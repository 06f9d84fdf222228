//! The readiness system calls behind `select`: `poll(2)` and the `epoll(7)` family. Each `unsafe`
//! call passes plain integers or a buffer of C structures the caller owns.
#![allow(unsafe_code)]
use std::io::{Error, Result};

use crate::posix::sys::check;

/// `poll` over `(fd, events)` pairs; fills in each `revents`, returns how many are ready.
pub fn poll(fds: &mut [libc::pollfd], timeout_ms: i32) -> Result<usize> {
    // SAFETY: `fds` is a writable array of `fds.len()` pollfd structures.
    let n = fds.len() as libc::nfds_t;
    unsafe { crate::posix::sys::blocking(|| libc::poll(fds.as_mut_ptr(), n, timeout_ms)) }
        .map(|n| n as usize)
}

pub fn epoll_create(flags: i32) -> Result<i32> {
    // SAFETY: plain integer.
    check(unsafe { libc::epoll_create1(flags) })
}

/// `epoll_ctl(epfd, op, fd)` with an event whose data is the descriptor itself.
pub fn epoll_ctl(epfd: i32, op: i32, fd: i32, events: u32) -> Result<()> {
    let mut ev = libc::epoll_event {
        events,
        u64: fd as u32 as u64,
    };
    // SAFETY: `ev` is a valid event that the kernel only reads.
    check(unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) }).map(|_| ())
}

/// Up to `max` `(fd, events)` pairs that are ready within `timeout_ms`.
pub fn epoll_wait(epfd: i32, max: usize, timeout_ms: i32) -> Result<Vec<(i32, u32)>> {
    let mut evs = Vec::new();
    evs.try_reserve_exact(max)
        .map_err(|_| Error::from_raw_os_error(libc::ENOMEM))?;
    evs.resize(max, libc::epoll_event { events: 0, u64: 0 });
    // SAFETY: `evs` is writable for `max` events.
    let n = unsafe {
        crate::posix::sys::blocking(|| {
            libc::epoll_wait(epfd, evs.as_mut_ptr(), max as i32, timeout_ms)
        })?
    };
    Ok(evs[..n as usize]
        .iter()
        .map(|e| {
            let (events, data) = (e.events, e.u64);
            (data as u32 as i32, events)
        })
        .collect())
}
