//! The fatal-signal side of `faulthandler`: a handler that writes CPython's "Fatal Python error"
//! line to the chosen descriptor, then lets the signal kill the process as it would have. It only
//! calls async-signal-safe functions (`write`, `sigaction`, `raise`) and reads two atomics.
#![allow(unsafe_code)]
use std::sync::atomic::{AtomicI32, Ordering};

/// The descriptor the report goes to, -1 while disabled.
static FD: AtomicI32 = AtomicI32::new(-1);

/// The signals CPython's `faulthandler.enable` watches, with the names it reports.
pub const FATAL: [(i32, &str); 5] = [
    (libc::SIGBUS, "Bus error"),
    (libc::SIGILL, "Illegal instruction"),
    (libc::SIGFPE, "Floating point exception"),
    (libc::SIGABRT, "Aborted"),
    (libc::SIGSEGV, "Segmentation fault"),
];

extern "C" fn on_fatal(sig: libc::c_int) {
    let fd = FD.load(Ordering::Relaxed);
    if fd >= 0 {
        let name = FATAL
            .iter()
            .find(|(s, _)| *s == sig)
            .map_or("Unknown signal", |(_, n)| n);
        for part in [
            "Fatal Python error: ".as_bytes(),
            name.as_bytes(),
            b"\n\n(weft cannot walk the Python stack inside a signal handler)\n",
        ] {
            // SAFETY: `write` is async-signal-safe; the buffers are static.
            unsafe { libc::write(fd, part.as_ptr().cast(), part.len()) };
        }
    }
    // SAFETY: restoring the default disposition and re-raising are async-signal-safe; the default
    // action then ends the process as the signal would have without us.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
}

/// The dispositions the fatal signals had before `enable` (Rust's stack-overflow handler among
/// them), put back by `disable`.
static PREVIOUS: std::sync::Mutex<Vec<(i32, libc::sigaction)>> = std::sync::Mutex::new(Vec::new());

/// Installs (`fd >= 0`) or removes (`fd < 0`) the handlers of the fatal signals.
pub fn set_fatal_handlers(fd: i32) {
    let was = FD.swap(fd, Ordering::Relaxed);
    let Ok(mut previous) = PREVIOUS.lock() else {
        return;
    };
    if fd < 0 {
        for (sig, old) in previous.drain(..) {
            // SAFETY: `old` is a disposition the kernel gave us for `sig`.
            unsafe { libc::sigaction(sig, &old, std::ptr::null_mut()) };
        }
        return;
    }
    if was >= 0 {
        // Already installed; only the descriptor changes.
        return;
    }
    for (sig, _) in FATAL {
        // SAFETY: a zeroed `sigaction` is valid; we set the handler, an empty mask and flags, and
        // receive the old disposition into a zeroed one.
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = on_fatal as extern "C" fn(libc::c_int) as libc::sighandler_t;
            sa.sa_flags = libc::SA_NODEFER | libc::SA_ONSTACK;
            libc::sigemptyset(&mut sa.sa_mask);
            let mut old: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(sig, &sa, &mut old) == 0 {
                previous.push((sig, old));
            }
        }
    }
}

/// The signal the watchdog sends to wake the interpreter's thread: a real-time one above those
/// the C library reserves, which nothing else in weft uses.
fn wake_signal() -> i32 {
    libc::SIGRTMIN() + 6
}

extern "C" fn on_wake(_sig: libc::c_int) {
    // A thread-local `Cell` store: what the signal module's handler does too.
    weft_vm::heap::request_attention();
}

/// Installs the handler of the wake-up signal (with `SA_RESTART`, so that I/O in progress
/// continues; waits that are not restarted, such as `poll` and `time.sleep`, reach a safe point).
pub fn install_wake_handler() {
    // SAFETY: a zeroed `sigaction` is valid; we set the handler, an empty mask and flags.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_wake as extern "C" fn(libc::c_int) as libc::sighandler_t;
        sa.sa_flags = libc::SA_RESTART | libc::SA_ONSTACK;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(wake_signal(), &sa, std::ptr::null_mut());
    }
}

/// Makes thread `thread` (a `pthread_self` value) attend at its next safe point.
pub fn wake(thread: u64) {
    // SAFETY: `thread` is the interpreter's thread, which runs until the process exits.
    unsafe { libc::pthread_kill(thread as libc::pthread_t, wake_signal()) };
}
