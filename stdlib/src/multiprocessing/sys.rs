//! The POSIX named semaphores behind `SemLock`. Each `unsafe` call passes a semaphore handle that
//! `open` returned and that stays open until `close`, or a NUL-terminated name.
#![allow(unsafe_code)]
use std::ffi::CStr;
use std::io::{Error, Result};
use std::time::Duration;

/// An open semaphore (`sem_t *`), as the address `SemLock.handle` shows.
#[derive(Clone, Copy)]
pub struct Sem(pub usize);

/// `sem_open(name, O_CREAT | O_EXCL, 0600, value)`, or, with `value` None, an existing one.
pub fn open(name: &CStr, value: Option<u32>) -> Result<Sem> {
    // SAFETY: `name` is NUL-terminated; the variadic mode and value are passed as `sem_open` expects.
    let p = unsafe {
        match value {
            Some(v) => libc::sem_open(
                name.as_ptr(),
                libc::O_CREAT | libc::O_EXCL,
                0o600 as libc::c_uint,
                v as libc::c_uint,
            ),
            None => libc::sem_open(name.as_ptr(), 0),
        }
    };
    if p == libc::SEM_FAILED {
        return Err(Error::last_os_error());
    }
    Ok(Sem(p as usize))
}

pub fn unlink(name: &CStr) -> Result<()> {
    // SAFETY: `name` is NUL-terminated.
    if unsafe { libc::sem_unlink(name.as_ptr()) } < 0 {
        return Err(Error::last_os_error());
    }
    Ok(())
}

impl Sem {
    fn ptr(self) -> *mut libc::sem_t {
        self.0 as *mut libc::sem_t
    }

    /// Takes a unit if there is one at once.
    pub fn try_wait(self) -> Result<bool> {
        // SAFETY: an open semaphore.
        if unsafe { libc::sem_trywait(self.ptr()) } == 0 {
            return Ok(true);
        }
        let e = Error::last_os_error();
        if e.raw_os_error() == Some(libc::EAGAIN) {
            return Ok(false);
        }
        Err(e)
    }

    /// Waits at most `wait` (`None`: forever) for a unit, without the GIL; false on timeout. An
    /// interrupted wait (`EINTR`) returns the error, so signal handlers can run.
    pub fn wait(self, wait: Option<Duration>) -> Result<bool> {
        let deadline = wait.map(|w| {
            let mut now = libc::timespec {
                tv_sec: 0,
                tv_nsec: 0,
            };
            // SAFETY: `now` is a valid out-pointer.
            unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut now) };
            let nanos = now.tv_nsec as u64 + w.subsec_nanos() as u64;
            libc::timespec {
                tv_sec: now
                    .tv_sec
                    .saturating_add(w.as_secs().min(i64::MAX as u64 / 2) as libc::time_t)
                    + (nanos / 1_000_000_000) as libc::time_t,
                tv_nsec: (nanos % 1_000_000_000) as libc::c_long,
            }
        });
        let p = self.0;
        // SAFETY: an open semaphore, and a deadline we own; the call touches no object.
        let r = unsafe {
            crate::posix::sys::blocking(|| match &deadline {
                None => libc::sem_wait(p as *mut libc::sem_t),
                Some(d) => libc::sem_timedwait(p as *mut libc::sem_t, d),
            })
        };
        match r {
            Ok(_) => Ok(true),
            Err(e) if e.raw_os_error() == Some(libc::ETIMEDOUT) => Ok(false),
            Err(e) => Err(e),
        }
    }

    pub fn post(self) -> Result<()> {
        // SAFETY: an open semaphore.
        if unsafe { libc::sem_post(self.ptr()) } < 0 {
            return Err(Error::last_os_error());
        }
        Ok(())
    }

    pub fn value(self) -> Result<i32> {
        let mut v: libc::c_int = 0;
        // SAFETY: an open semaphore and a valid out-pointer.
        if unsafe { libc::sem_getvalue(self.ptr(), &mut v) } < 0 {
            return Err(Error::last_os_error());
        }
        Ok(v)
    }

    pub fn close(self) {
        // SAFETY: an open semaphore, closed once (by the `SemLock` that owns it).
        unsafe { libc::sem_close(self.ptr()) };
    }
}
