//! weft-tasklets: Stackless Python's `stackless` module as a thin layer over the vm's continuation
//! primitive (`weft_vm::cont`): a tasklet owns the computation it suspends, the per-thread scheduler
//! keeps the runnable ones in a circular queue, and a channel parks blocked tasklets until a partner
//! arrives. Every switch hands the target its `tempval` (a `bomb` there raises), as Stackless does.
//!
//! - `state`: the tasklet, channel and bomb payloads and the module's types.
//! - `sched`: the per-thread run queue, current, main and watchdog tasklets, callbacks.
//! - `switching`: switching between tasklets, blocking, and the end of a tasklet.
//! - `channel`: channel operations and the `channel` type.
//! - `tasklet`: the `tasklet` type's methods and attributes.
//! - `module`: the module's functions, `atomic`, `bomb`, and the module itself.
mod channel;
mod module;
mod sched;
mod state;
mod switching;
mod tasklet;

use weft_vm::interp::Vm;

/// Registers the `stackless` module with the vm.
pub fn register(vm: &mut Vm) {
    vm.registry.add("stackless", module::init);
}
