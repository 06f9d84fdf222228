//! Natives that wait without blocking the thread (DESIGN.md invariant 3): a native about to wait
//! (`time.sleep`) first offers the wait to the scheduler layer that registered a [`WaitHook`]; the
//! layer parks the running computation until the deadline, runs others meanwhile, and the native
//! returns what the hook returned (as from a switch).
use crate::heap::Value;
use crate::interp::error::PyResult;
use crate::interp::Vm;
use std::time::Instant;

/// Parks the running computation until `deadline`, switching to another (`soft` as read by the
/// native on entry, `cont::at_plain_call`). `None` when the layer has nothing else to run: the native
/// then waits itself.
pub type WaitHook = fn(&mut Vm, Instant, bool) -> Option<PyResult<Value>>;

/// Offers a wait until `deadline` to the registered hook.
pub fn wait_until(vm: &mut Vm, deadline: Instant, soft: bool) -> Option<PyResult<Value>> {
    let hook = vm.wait_hook?;
    hook(vm, deadline, soft)
}
