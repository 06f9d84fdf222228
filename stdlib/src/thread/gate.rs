//! `Gate`: the semaphore under `_thread.lock` and `RLock` (one unit: free or held) and `_queue`'s
//! `SimpleQueue` (a unit per item). Unlike a mutex it may be released by a thread other than the one
//! that took it, as Python's locks may. A thread waits on it without the GIL, so the thread that will
//! release it can run.
//!
//! It uses `std`'s futex-based primitives rather than `parking_lot`'s for the reason the GIL does
//! (`weft_vm::heap::gil`): a child forked while threads waited on a lock must not inherit them as
//! waiters to wake.
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;

/// A new gate is held (a lock's starts free: see `new_free`).
#[derive(Default)]
pub(crate) struct Gate {
    /// Units that can be taken.
    units: Mutex<usize>,
    freed: Condvar,
}

/// How long the main thread waits at a time, so that signal handlers run during a long wait (and
/// an exception one raises ends it, as CPython's interrupted `sem_timedwait`).
const SIGNAL_SLICE: Duration = Duration::from_millis(20);

impl Gate {
    /// A free lock's gate.
    pub(crate) fn new_free() -> Gate {
        Gate {
            units: Mutex::new(1),
            freed: Condvar::new(),
        }
    }

    fn units(&self) -> MutexGuard<'_, usize> {
        // The count is one store: a panic elsewhere cannot leave it half-updated.
        self.units.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn is_held(&self) -> bool {
        *self.units() == 0
    }

    /// Takes a unit if there is one.
    pub(crate) fn try_take(&self) -> bool {
        let mut u = self.units();
        let some = *u > 0;
        if some {
            *u -= 1;
        }
        some
    }

    /// Frees a lock's gate; false if it was not held.
    pub(crate) fn free(&self) -> bool {
        let was = std::mem::replace(&mut *self.units(), 1) == 0;
        if was {
            self.freed.notify_one();
        }
        was
    }

    /// Adds a unit (an item put in a queue).
    pub(crate) fn add(&self) {
        *self.units() += 1;
        self.freed.notify_one();
    }

    /// Takes a unit, waiting at most `wait` (`None`: forever) with the GIL released; whether it got
    /// one. On the main thread, signal handlers run meanwhile.
    pub(crate) fn take(&self, vm: &mut Vm, wait: Option<Duration>) -> PyResult<bool> {
        if self.try_take() {
            return Ok(true);
        }
        let deadline = wait.map(|w| Instant::now() + w);
        let main = crate::signal::sys::on_main_thread();
        loop {
            let mut until = deadline;
            if main {
                let slice = Instant::now() + SIGNAL_SLICE;
                until = Some(until.map_or(slice, |d| d.min(slice)));
            }
            if weft_vm::heap::gil::unlocked(|| self.wait_until(until)) {
                return Ok(true);
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(false);
            }
            if main {
                vm.run_attention_hooks()?;
            }
        }
    }

    /// Waits for a unit until `until` (`None`: forever) and takes it.
    fn wait_until(&self, until: Option<Instant>) -> bool {
        let mut units = self.units();
        while *units == 0 {
            units = match until {
                None => self.freed.wait(units).unwrap_or_else(|e| e.into_inner()),
                Some(t) => {
                    let left = t.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        return false;
                    }
                    self.freed
                        .wait_timeout(units, left)
                        .unwrap_or_else(|e| e.into_inner())
                        .0
                }
            };
        }
        *units -= 1;
        true
    }
}
