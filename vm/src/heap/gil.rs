//! The global interpreter lock. A thread runs Python code, and so touches objects, only while it holds
//! the GIL: reference counts are not atomic, and the builtin types and the heap's tables are shared by
//! all threads. A thread gives the GIL up around blocking calls (`unlocked`) and, when another thread
//! has waited a switch interval for it, at its next safe point (`yield_if_requested`).
//!
//! The lock is a raw mutex with no owner: holding it is a fact about the running thread that the
//! interpreter keeps (a `Vm` takes it when made and gives it back when dropped), not a guard value,
//! so the eval loop can hand it over without threading a guard through every call.
use parking_lot::lock_api::{RawMutex as _, RawMutexFair as _, RawMutexTimed as _};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

static GIL: parking_lot::RawMutex = parking_lot::RawMutex::INIT;

/// Set by a thread that waited a switch interval for the GIL: the holder gives it up at its next safe
/// point. Raised together with the attention flag, which is what the loop tests.
static DROP_REQUEST: AtomicBool = AtomicBool::new(false);

/// `sys.setswitchinterval`, in nanoseconds (CPython's default: 5 ms).
static SWITCH_INTERVAL: AtomicU64 = AtomicU64::new(5_000_000);

/// Set when the interpreter shuts down: threads other than the one shutting down never get the GIL
/// again (as CPython's threads exit when they try to take it during finalisation), so they cannot run
/// while modules are torn down.
static CLOSED: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// Whether this thread is the one that closed the GIL (it alone may take it afterwards).
    static CLOSER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The attention flag: the eval loop tests it at every instruction and attends to everything it covers
/// (finalisers, collections, signals, thrown exceptions, trace steps, GIL hand-overs) when it is set.
/// Shared by all threads; a thread re-raises it whenever it gets the GIL back, so a condition of its own
/// that another thread's loop cleared is attended to all the same.
static ATTENTION: AtomicBool = AtomicBool::new(false);

/// Whether the loop should attend to something at its next safe point.
#[inline]
pub fn attention_pending() -> bool {
    ATTENTION.load(Ordering::Relaxed)
}

/// Makes the loop stop at its next safe point. Async-signal-safe (signal handlers call it).
pub fn request_attention() {
    ATTENTION.store(true, Ordering::Relaxed);
}

/// Lowers the attention flag: only the eval loop does, as it starts attending to everything the flag
/// covers (so a request made while a native runs finalisers is not lost).
pub fn clear_attention() {
    ATTENTION.store(false, Ordering::Relaxed);
}

/// Blocks until this thread holds the GIL. A wait longer than the switch interval asks the holder to
/// give it up.
pub fn acquire() {
    loop {
        if GIL.try_lock_for(switch_interval()) {
            break;
        }
        DROP_REQUEST.store(true, Ordering::Relaxed);
        request_attention();
    }
    if CLOSED.load(Ordering::Relaxed) && !CLOSER.with(|c| c.get()) {
        // SAFETY: this thread took the lock just above.
        unsafe { GIL.unlock() };
        loop {
            std::thread::park();
        }
    }
    request_attention();
}

/// Gives the GIL up.
///
/// # Safety
/// The calling thread holds the GIL, and touches no object until it has taken it again.
pub unsafe fn release() {
    // SAFETY: the caller holds the lock (the raw mutex has no owner, so any thread may unlock it).
    unsafe { GIL.unlock() };
}

/// Runs `f` without the GIL, so other threads run Python code meanwhile (a blocking read, a sleep, a
/// lock wait). `f` is `Send`: it can capture no object handle, since handles are not `Send`.
pub fn unlocked<R>(f: impl FnOnce() -> R + Send) -> R {
    /// Takes the GIL back even if `f` unwinds.
    struct Retake;
    impl Drop for Retake {
        fn drop(&mut self) {
            acquire();
        }
    }
    // SAFETY: the caller runs Python code, so it holds the GIL; `f` captures no object handle (it is
    // `Send`), and `Retake` takes the GIL back before anything else runs.
    unsafe { release() };
    let _retake = Retake;
    f()
}

/// At a safe point: if another thread asked for the GIL, hands it over (fairly: a waiting thread gets
/// it before this one can take it back) and waits to get it again.
pub fn yield_if_requested() {
    if !DROP_REQUEST.swap(false, Ordering::Relaxed) {
        return;
    }
    // SAFETY: the eval loop calls this at a safe point of the thread holding the GIL, and touches no
    // object before `acquire` returns.
    unsafe { GIL.unlock_fair() };
    acquire();
}

/// `sys.getswitchinterval()`.
pub fn switch_interval() -> Duration {
    Duration::from_nanos(SWITCH_INTERVAL.load(Ordering::Relaxed))
}

/// `sys.setswitchinterval(seconds)`.
pub fn set_switch_interval(d: Duration) {
    SWITCH_INTERVAL.store(
        d.as_nanos().clamp(1, u64::MAX as u128) as u64,
        Ordering::Relaxed,
    );
}

/// Called by the thread that shuts the interpreter down, holding the GIL: no other thread gets it again.
pub fn close() {
    CLOSER.with(|c| c.set(true));
    CLOSED.store(true, Ordering::Relaxed);
}

/// A value shared by all OS threads of the process but touched only by the thread holding the GIL: the
/// builtin types, the heap's tables, the caches of native modules. `with` mirrors `thread_local!`'s.
pub struct GilShared<T>(pub T);

impl<T> GilShared<T> {
    #[inline(always)]
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        f(&self.0)
    }
}

// SAFETY: the interpreter lets a thread run Python code, and so reach these values, only while it holds
// the GIL; the GIL's lock and unlock order every access of one thread before the next thread's.
unsafe impl<T> Sync for GilShared<T> {}
// SAFETY: as above: a value moved to another thread is touched there only under the GIL.
unsafe impl<T> Send for GilShared<T> {}

/// A thread's hold on the GIL: taken when its `Vm` is made, given back when the `Vm` is dropped.
pub struct Hold(std::marker::PhantomData<*const ()>);

impl Hold {
    /// Blocks until this thread holds the GIL.
    pub fn take() -> Hold {
        acquire();
        Hold(std::marker::PhantomData)
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        // SAFETY: a `Hold` exists only while its thread holds the GIL (`unlocked` takes it back before
        // returning), and the `Vm` that owns it is being dropped, after its last object handle.
        unsafe { release() };
    }
}
