//! Interpreter threads' identities: a serial number per OS thread that runs Python code, never
//! reused (unlike `pthread_t`), and whether that thread has ended. Greenlets and tasklets belong to
//! the thread that made them, and use these to refuse switches across threads.
use crate::heap::GilShared;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

static NEXT: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static SERIAL: Cell<u64> = const { Cell::new(0) };
}

/// Set once a second interpreter thread started: what only matters with several threads (waiting
/// for a module another thread imports) is skipped before.
static SEVERAL: AtomicBool = AtomicBool::new(false);

/// Whether a second interpreter thread ever started.
#[inline]
pub fn several() -> bool {
    SEVERAL.load(Ordering::Relaxed)
}

pub(crate) fn started_another() {
    SEVERAL.store(true, Ordering::Relaxed);
}

/// Serials of threads that ended (`Vm::end_thread`).
static ENDED: GilShared<std::cell::LazyCell<RefCell<HashSet<u64>>>> =
    GilShared(std::cell::LazyCell::new(Default::default));

/// The calling thread's serial.
#[inline]
pub fn serial() -> u64 {
    SERIAL.with(|s| match s.get() {
        0 => {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            s.set(n);
            n
        }
        n => n,
    })
}

/// Whether the thread with serial `s` has ended.
pub fn ended(s: u64) -> bool {
    ENDED.with(|e| e.borrow().contains(&s))
}

/// Records the calling thread as ended.
pub(crate) fn end() {
    let s = serial();
    ENDED.with(|e| e.borrow_mut().insert(s));
}
