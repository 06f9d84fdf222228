//! weft-greenlets: the `greenlet` module, with greenlet 3.x's API and semantics, as a thin layer over the
//! vm's continuation primitive (`weft_vm::cont`): a greenlet owns the computation it suspends, and its
//! `run`'s end hands the result to its nearest live ancestor through a finisher.
//!
//! - `state`: the greenlet payload, the thread's current greenlet and tracer.
//! - `switching`: `switch`, `throw` and the end of a greenlet.
//! - `pickle`: what pickling reads and rebuilds of greenlets.
//! - `methods`: the `greenlet` type's methods and attributes, and the module.
mod methods;
pub mod pickle;
mod state;
mod switching;

use weft_vm::interp::Vm;

/// Registers the `greenlet` module with the vm.
pub fn register(vm: &mut Vm) {
    vm.registry.add("greenlet", methods::init);
    vm.registry.add_finisher(&switching::FINISHER);
    vm.registry.thread_exit.push(state::end_thread);
}
