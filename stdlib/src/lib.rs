//! weft-stdlib: the native modules of the standard library, registered with the vm's module registry and
//! built on first import.
mod gcmod;
mod math;
mod time;

use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::{new_builtin, BuiltinKind, NativeFn};

/// Registers every native module with `vm`.
pub fn register(vm: &mut Vm) {
    vm.registry.add("gc", gcmod::init);
    vm.registry.add("math", math::init);
    vm.registry.add("time", time::init);
}

/// A module named `name` holding the given native functions.
pub(crate) fn module_with(name: &str, fns: &[(&'static str, NativeFn)]) -> ObjRef {
    let m = weft_vm::objects::module::new_module(name);
    if let Some(d) = weft_vm::objects::module::module_dict(&m) {
        for (n, f) in fns {
            d.set_rs(
                n,
                Value::obj(new_builtin(n, *f, BuiltinKind::Function, None)),
            );
        }
    }
    m
}
