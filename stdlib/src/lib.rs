//! weft-stdlib: the native modules of the standard library, registered with the vm's module registry.
use weft_vm::interp::Vm;

/// Registers every native module with `vm` (they are built on first import).
pub fn register(vm: &mut Vm) {
    let _ = vm;
}
