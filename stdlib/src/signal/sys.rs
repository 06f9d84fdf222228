//! The C calls behind `_signal` and `_thread`: installing the process's signal handler, masks, timers,
//! thread ids. With `posix/sys.rs` this is the stdlib crate's only `unsafe`: each call passes plain
//! integers or structures it owns.
#![allow(unsafe_code)]
use std::io::{Error, Result};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// Signals that arrived and await their Python handler, one flag per number.
pub static TRIPPED: [AtomicBool; 65] = [const { AtomicBool::new(false) }; 65];
/// Some flag of `TRIPPED` is set.
pub static ANY_TRIPPED: AtomicBool = AtomicBool::new(false);
/// The interpreter's thread (`pthread_t`), which alone runs Python handlers.
static INTERP_THREAD: AtomicU64 = AtomicU64::new(0);
/// The descriptor of `set_wakeup_fd` (-1: none).
pub static WAKEUP_FD: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(-1);

use crate::posix::sys::check;

/// The calling thread's `pthread_t`, as `_thread.get_ident` reports it.
pub fn thread_ident() -> u64 {
    // SAFETY: no arguments; always succeeds.
    unsafe { libc::pthread_self() as u64 }
}

/// The kernel's id of the calling thread.
pub fn native_thread_id() -> i64 {
    // SAFETY: no arguments; always succeeds.
    unsafe { libc::gettid() as i64 }
}

/// Records the calling thread as the one whose loop runs handlers.
pub fn set_interp_thread() {
    INTERP_THREAD.store(thread_ident(), Ordering::Relaxed);
}

/// Whether the calling thread is the interpreter's main thread (the one that runs signal handlers).
pub fn on_main_thread() -> bool {
    let main = INTERP_THREAD.load(Ordering::Relaxed);
    main == 0 || main == thread_ident()
}

/// The OS-level handler: records the signal and raises the interpreter's attention flag. A signal that
/// lands on another thread (the process's first thread waits for the interpreter's) is forwarded to the
/// interpreter's thread. Only async-signal-safe work: atomics, `pthread_kill`, `write`, and a
/// thread-local `Cell` store.
extern "C" fn on_signal(sig: libc::c_int) {
    let me = thread_ident();
    let interp = INTERP_THREAD.load(Ordering::Relaxed);
    if interp != 0 && me != interp {
        // SAFETY: `interp` is a live thread (the interpreter's runs until the process exits).
        unsafe { libc::pthread_kill(interp as libc::pthread_t, sig) };
        return;
    }
    if let Some(f) = TRIPPED.get(sig as usize) {
        f.store(true, Ordering::SeqCst);
        ANY_TRIPPED.store(true, Ordering::SeqCst);
    }
    let fd = WAKEUP_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        let b = sig as u8;
        // SAFETY: writes one byte from the stack; errors are ignored as CPython's handler does.
        unsafe { libc::write(fd, (&b as *const u8).cast(), 1) };
    }
    weft_vm::heap::request_attention();
}

/// What a signal's OS disposition is set to.
pub enum Disposition {
    Default,
    Ignore,
    Handler,
}

/// Sets the OS disposition of `sig`; returns whether the previous one was `SIG_IGN`/`SIG_DFL`/other.
pub fn set_disposition(sig: i32, d: Disposition) -> Result<()> {
    let h = match d {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Handler => on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
    };
    // SAFETY: a zeroed `sigaction` is valid; we set the handler and an empty mask we own.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = h;
        sa.sa_flags = libc::SA_ONSTACK;
        libc::sigemptyset(&mut sa.sa_mask);
        check(libc::sigaction(sig, &sa, std::ptr::null_mut()))?;
    }
    Ok(())
}

/// The OS disposition of `sig` at startup: 0 default, 1 ignored, 2 something else.
pub fn current_disposition(sig: i32) -> Result<u8> {
    // SAFETY: reads into a zeroed `sigaction` we own.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        check(libc::sigaction(sig, std::ptr::null(), &mut old))?;
        Ok(match old.sa_sigaction {
            libc::SIG_DFL => 0,
            libc::SIG_IGN => 1,
            _ => 2,
        })
    }
}

pub fn raise(sig: i32) -> Result<()> {
    // SAFETY: plain integer.
    let r = unsafe { libc::raise(sig) };
    if r != 0 {
        return Err(Error::last_os_error());
    }
    Ok(())
}

pub fn alarm(secs: u32) -> u32 {
    // SAFETY: plain integer.
    unsafe { libc::alarm(secs) }
}

pub fn pause() {
    // SAFETY: no arguments; returns when a signal was handled. Other threads run meanwhile.
    unsafe { weft_vm::heap::gil::unlocked_raw(|| libc::pause()) };
}

pub fn strsignal(sig: i32) -> Option<String> {
    // SAFETY: `strsignal` returns a NUL-terminated string (or NULL) valid until the next call; copied at
    // once.
    unsafe {
        let p = libc::strsignal(sig);
        if p.is_null() {
            return None;
        }
        Some(std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned())
    }
}

pub fn siginterrupt(sig: i32, flag: bool) -> Result<()> {
    // SAFETY: reads and rewrites the `sigaction` of `sig` through structures we own.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        check(libc::sigaction(sig, std::ptr::null(), &mut sa))?;
        if flag {
            sa.sa_flags &= !libc::SA_RESTART;
        } else {
            sa.sa_flags |= libc::SA_RESTART;
        }
        check(libc::sigaction(sig, &sa, std::ptr::null_mut()))?;
    }
    Ok(())
}

/// `pthread_sigmask(how, signals)`: the previous mask, as signal numbers.
pub fn sigmask(how: i32, sigs: &[i32]) -> Result<Vec<i32>> {
    // SAFETY: both sets are owned, initialised by `sigemptyset` before use.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigemptyset(&mut old);
        for &s in sigs {
            libc::sigaddset(&mut set, s);
        }
        let r = libc::pthread_sigmask(how, &set, &mut old);
        if r != 0 {
            return Err(Error::from_raw_os_error(r));
        }
        Ok((1..65)
            .filter(|&s| libc::sigismember(&old, s) == 1)
            .collect())
    }
}

/// The signals `sigfillset` holds (`valid_signals`).
pub fn valid_signals() -> Vec<i32> {
    // SAFETY: an owned set filled by `sigfillset`.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        (1..65)
            .filter(|&s| libc::sigismember(&set, s) == 1)
            .collect()
    }
}

pub fn pthread_kill(thread: u64, sig: i32) -> Result<()> {
    // SAFETY: an invalid id makes the call fail with ESRCH rather than misbehave on glibc for ids of
    // threads that exist in this process; the id comes from `get_ident`.
    let r = unsafe { libc::pthread_kill(thread as libc::pthread_t, sig) };
    if r != 0 {
        return Err(Error::from_raw_os_error(r));
    }
    Ok(())
}

/// `setitimer(which, value, interval)`: the previous (value, interval).
pub fn setitimer(which: i32, value: f64, interval: f64) -> Result<(f64, f64)> {
    fn tv(x: f64) -> libc::timeval {
        let sec = x.trunc();
        let mut usec = ((x - sec) * 1e6).round() as libc::suseconds_t;
        // Under a microsecond still arms the timer, as CPython's rounding up does.
        if sec == 0.0 && usec == 0 && x > 0.0 {
            usec = 1;
        }
        libc::timeval {
            tv_sec: sec as libc::time_t,
            tv_usec: usec,
        }
    }
    let new = libc::itimerval {
        it_value: tv(value),
        it_interval: tv(interval),
    };
    // SAFETY: both structures are owned.
    unsafe {
        let mut old: libc::itimerval = std::mem::zeroed();
        check(libc::setitimer(which, &new, &mut old))?;
        Ok(pair(&old))
    }
}

pub fn getitimer(which: i32) -> Result<(f64, f64)> {
    // SAFETY: an owned structure.
    unsafe {
        let mut old: libc::itimerval = std::mem::zeroed();
        check(libc::getitimer(which, &mut old))?;
        Ok(pair(&old))
    }
}

fn pair(t: &libc::itimerval) -> (f64, f64) {
    let f = |v: &libc::timeval| v.tv_sec as f64 + v.tv_usec as f64 / 1e6;
    (f(&t.it_value), f(&t.it_interval))
}

/// Whether `fd` is an open descriptor (`EBADF` otherwise).
pub fn check_fd(fd: i32) -> Result<()> {
    // SAFETY: `F_GETFD` reads the descriptor's flags; no memory is passed.
    check(unsafe { libc::fcntl(fd, libc::F_GETFD) }).map(|_| ())
}

/// The signals pending for the calling thread.
pub fn sigpending() -> Result<Vec<i32>> {
    // SAFETY: an owned set, filled by `sigpending`.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        check(libc::sigpending(&mut set))?;
        Ok((1..65)
            .filter(|&s| libc::sigismember(&set, s) == 1)
            .collect())
    }
}

/// Waits for one of `sigs` to be pending and takes it.
pub fn sigwait(sigs: &[i32]) -> Result<i32> {
    // SAFETY: an owned set initialised by `sigemptyset`, and an owned output integer.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for &s in sigs {
            libc::sigaddset(&mut set, s);
        }
        let mut sig: libc::c_int = 0;
        let r = weft_vm::heap::gil::unlocked_raw(|| libc::sigwait(&set, &mut sig));
        if r != 0 {
            return Err(Error::from_raw_os_error(r));
        }
        Ok(sig)
    }
}

/// What `sigwaitinfo` reports about a signal (`struct_siginfo`'s fields, in order).
pub struct SigInfo {
    pub fields: [i64; 7],
}

/// Waits for one of `sigs` (at most `timeout`, forever when None) and takes it; `Ok(None)` when the
/// timeout passed.
pub fn sigwaitinfo(sigs: &[i32], timeout: Option<std::time::Duration>) -> Result<Option<SigInfo>> {
    // SAFETY: an owned set initialised by `sigemptyset`, an owned zeroed `siginfo_t` the call fills, and
    // an owned `timespec`; the union accessors read the fields every signal's record has on Linux.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for &s in sigs {
            libc::sigaddset(&mut set, s);
        }
        let mut info: libc::siginfo_t = std::mem::zeroed();
        let ts = timeout.map(|t| libc::timespec {
            tv_sec: t.as_secs() as libc::time_t,
            tv_nsec: t.subsec_nanos() as libc::c_long,
        });
        let r = crate::posix::sys::blocking(|| match &ts {
            None => libc::sigwaitinfo(&set, &mut info),
            Some(ts) => libc::sigtimedwait(&set, &mut info, ts),
        });
        if let Err(e) = r {
            if e.raw_os_error() == Some(libc::EAGAIN) {
                return Ok(None);
            }
            return Err(e);
        }
        let (pid, uid) = (info.si_pid() as i64, info.si_uid() as i64);
        Ok(Some(SigInfo {
            fields: [
                info.si_signo as i64,
                info.si_code as i64,
                info.si_errno as i64,
                pid,
                uid,
                info.si_status() as i64,
                // `si_band` shares the union's first word with the pid and uid.
                (pid & 0xffff_ffff) | (uid << 32),
            ],
        }))
    }
}

/// Blocks every signal on the calling thread, so that signals sent to the process reach the
/// interpreter's thread (the only one that leaves them unblocked), as in a one-thread CPython.
pub fn block_all_on_this_thread() {
    // SAFETY: an owned set filled by `sigfillset`; the old mask is not wanted.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}
