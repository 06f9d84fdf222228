//! weft-pickling: a suspended computation is data (DESIGN.md invariants 4 and 7). The `__reduce__`
//! methods of code, functions, cells, frames, generators, tasklets, channels and greenlets, their
//! reconstructors (the `_weft_pickling` module, which pickles name), and the native checkpoint format.
use weft_vm::interp::Vm;

/// Registers the crate's modules and reductions with the vm.
pub fn register(_vm: &mut Vm) {}
