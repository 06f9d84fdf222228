//! The recursion guard of container reprs (CPython's `Py_ReprEnter`/`Py_ReprLeave`): a container already
//! being repr'd on this thread prints as `[...]`, and nesting is bounded so that a deeply nested structure
//! raises `RecursionError` instead of exhausting the native stack (each level of a container repr is a native
//! call into the next one).
//!
//! The set lives in a thread-local rather than in `Vm`: one `Vm` runs per OS thread, and the set is only
//! ever non-empty while a repr is on that thread's native stack.
use crate::heap::ObjRef;
use crate::interp::error::{self, PyResult};
use std::cell::RefCell;

/// Container reprs nested deeper than this raise `RecursionError` whatever the recursion limit: each level
/// takes a few native frames, and this keeps the total well inside a 2 MiB thread stack.
const MAX_NATIVE_NESTING: usize = 1500;

thread_local! {
    /// Addresses of the containers whose repr is in progress, innermost last.
    static ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Marks a container as being repr'd until dropped.
pub struct ReprGuard {
    addr: usize,
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            if let Some(i) = a.iter().rposition(|&x| x == self.addr) {
                a.remove(i);
            }
        });
    }
}

/// Enters the repr of `o`: `Ok(None)` when `o` is already being repr'd (print the `...` form).
pub fn enter(o: &ObjRef) -> PyResult<Option<ReprGuard>> {
    let addr = o.addr();
    ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if a.contains(&addr) {
            return Ok(None);
        }
        // Each level already counts against the recursion limit in `protocols::repr_value`.
        if a.len() >= MAX_NATIVE_NESTING {
            return Err(error::recursion_error(format!(
                "maximum recursion depth exceeded{}",
                crate::interp::recursion::GETTING_REPR
            )));
        }
        a.push(addr);
        Ok(Some(ReprGuard { addr }))
    })
}
