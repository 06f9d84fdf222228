//! weft-pickling: a suspended computation is data (DESIGN.md invariants 4 and 7). The `__reduce__`
//! methods of code, functions, cells, frames, generators, tasklets, channels and greenlets, their
//! reconstructors (the `_weft_pickling` module, which pickles name), and the native checkpoint format.
#![forbid(unsafe_code)]
mod checkpoint;
mod package;

use weft_vm::interp::Vm;

/// Registers the crate's modules and reductions with the vm.
pub fn register(vm: &mut Vm) {
    // The native checkpoint format: `weft.checkpoint`, made by the `weft` package.
    vm.registry.add("weft", package::init);
    vm.registry.add("weft.checkpoint", checkpoint::init);
}
