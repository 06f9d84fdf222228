//! The global interpreter lock. A thread runs Python code, and so touches objects, only while it holds
//! the GIL: reference counts are not atomic, and the builtin types and the heap's tables are shared by
//! all threads. A thread gives the GIL up around blocking calls (`unlocked`) and, when another thread
//! has waited a switch interval for it, at its next safe point (`yield_if_requested`).
//!
//! Holding the GIL is a fact about the running thread that the interpreter keeps (a `Vm` takes it when
//! made and gives it back when dropped), not a guard value, so the eval loop can hand it over without
//! threading a guard through every call.
//!
//! It is a flag under a `std` mutex with two condition variables, not a `parking_lot` lock as
//! DESIGN.md planned: `parking_lot` keeps its waiters in a process-wide table, and in a child forked
//! while threads waited for the GIL those waiters are ghosts to which an unlock can hand the lock over
//! (deadlocking the child). The kernel keeps `std`'s futex waiters, and a child starts with none; the
//! child also gets a fresh lock (`after_fork_child`).
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

struct State {
    held: bool,
    /// Threads waiting in `acquire`.
    waiting: usize,
    /// Counts the takes, so that a thread handing the GIL over can wait until another took it, and
    /// a thread taking it back learns whether others ran meanwhile.
    takes: u64,
    /// Threads waiting in `yield_if_requested` for another to take the GIL.
    handing: usize,
}

struct Lock {
    state: Mutex<State>,
    /// Signalled when the GIL is given up.
    freed: Condvar,
    /// Signalled when the GIL is taken.
    taken: Condvar,
}

impl Lock {
    fn new(held: bool) -> Lock {
        Lock {
            state: Mutex::new(State {
                held,
                waiting: 0,
                takes: 0,
                handing: 0,
            }),
            freed: Condvar::new(),
            taken: Condvar::new(),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // A panic while the state was locked leaves it consistent (each update is one store).
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The GIL; replaced in a forked child (the old one is leaked: a thread of the parent may have held
/// its mutex at the fork).
static GIL: AtomicPtr<Lock> = AtomicPtr::new(std::ptr::null_mut());

fn gil() -> &'static Lock {
    let p = GIL.load(Ordering::Acquire);
    if !p.is_null() {
        // SAFETY: a non-null pointer in `GIL` came from `Box::leak` and is never freed.
        return unsafe { &*p };
    }
    let fresh = Box::into_raw(Box::new(Lock::new(false)));
    match GIL.compare_exchange(
        std::ptr::null_mut(),
        fresh,
        Ordering::AcqRel,
        Ordering::Acquire,
    ) {
        Ok(_) => {
            // SAFETY: `fresh` is now the installed lock, leaked for the life of the process.
            unsafe { &*fresh }
        }
        Err(other) => {
            // SAFETY: `fresh` lost the race and was never shared; `other` is installed and leaked.
            unsafe {
                drop(Box::from_raw(fresh));
                &*other
            }
        }
    }
}

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
    /// The take count when this thread last gave the GIL up.
    static RELEASED_AT: std::cell::Cell<u64> = const { std::cell::Cell::new(u64::MAX) };
}

/// The attention flag: the eval loop tests it at every instruction and attends to everything it covers
/// (finalisers, collections, signals, thrown exceptions, trace steps, GIL hand-overs) when it is set.
/// Shared by all threads; a thread re-raises it when it gets the GIL back after other threads ran, so
/// a condition of its own that another thread's loop cleared is attended to all the same.
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
    let g = gil();
    let mut s = g.state();
    if s.held {
        s.waiting += 1;
        while s.held {
            let (next, wait) = g
                .freed
                .wait_timeout(s, switch_interval())
                .unwrap_or_else(|e| e.into_inner());
            s = next;
            if s.held && wait.timed_out() {
                DROP_REQUEST.store(true, Ordering::Relaxed);
                request_attention();
            }
        }
        s.waiting -= 1;
    }
    s.held = true;
    let others_ran = s.takes != RELEASED_AT.with(|r| r.get());
    s.takes = s.takes.wrapping_add(1);
    let notify = s.handing > 0;
    drop(s);
    if notify {
        g.taken.notify_all();
    }
    if CLOSED.load(Ordering::Relaxed) && !CLOSER.with(|c| c.get()) {
        // SAFETY: this thread took the GIL just above and touches nothing.
        unsafe { release() };
        loop {
            std::thread::park();
        }
    }
    if others_ran {
        // Another thread's loop may have lowered the flag over a condition of this one's.
        request_attention();
    }
}

/// Gives the GIL up.
///
/// # Safety
/// The calling thread holds the GIL, and touches no object until it has taken it again.
pub unsafe fn release() {
    let g = gil();
    let mut s = g.state();
    s.held = false;
    RELEASED_AT.with(|r| r.set(s.takes));
    let notify = s.waiting > 0;
    drop(s);
    if notify {
        g.freed.notify_one();
    }
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

/// As [`unlocked`], for a system call given raw pointers into buffers its caller owns (which makes
/// the closure not `Send`). Read `errno` inside `f`: taking the GIL back may change it.
///
/// # Safety
/// `f` touches no object handle.
pub unsafe fn unlocked_raw<R>(f: impl FnOnce() -> R) -> R {
    /// Carries `f` as if it were `Send`; `unlocked` only runs it on this same thread.
    struct Carry<F>(F);
    // SAFETY: `unlocked` calls its closure on the calling thread; nothing crosses threads. The
    // caller guarantees `f` touches no object handle, which is what `Send` stands for there.
    unsafe impl<F> Send for Carry<F> {}
    impl<F> Carry<F> {
        fn run<R>(self) -> R
        where
            F: FnOnce() -> R,
        {
            (self.0)()
        }
    }
    let carry = Carry(f);
    unlocked(move || carry.run())
}

/// At a safe point: if another thread asked for the GIL, hands it over (see `hand_over`).
pub fn yield_if_requested() {
    if DROP_REQUEST.swap(false, Ordering::Relaxed) {
        hand_over();
    }
}

/// Gives the GIL to a thread waiting for it, if any, and waits to get it back (`time.sleep(0)`, and
/// a thread whose switch interval is up): the waiting thread takes it before this one can.
pub fn hand_over() {
    let g = gil();
    let mut s = g.state();
    if s.waiting == 0 {
        return;
    }
    s.held = false;
    let before = s.takes;
    RELEASED_AT.with(|r| r.set(before));
    g.freed.notify_one();
    s.handing += 1;
    while s.takes == before {
        s = g.taken.wait(s).unwrap_or_else(|e| e.into_inner());
    }
    s.handing -= 1;
    drop(s);
    acquire();
}

/// In a child just forked, holding the GIL as the forking thread did: the threads that waited for the
/// GIL do not exist there, so their request to hand it over is void, and the child takes a fresh lock.
pub fn after_fork_child() {
    DROP_REQUEST.store(false, Ordering::Relaxed);
    GIL.store(Box::into_raw(Box::new(Lock::new(true))), Ordering::Release);
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
        // The `Vm` is gone: finalisers and weakref callbacks its thread did not run go to others.
        super::orphan_pending();
        // SAFETY: a `Hold` exists only while its thread holds the GIL (`unlocked` takes it back before
        // returning), and the `Vm` that owns it is being dropped, after its last object handle.
        unsafe { release() };
    }
}
