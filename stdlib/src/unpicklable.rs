//! `__reduce__`/`__reduce_ex__` for native types whose state has no Python form (hash and zlib
//! stream objects): what CPython's `object.__reduce_ex__` says for objects with a C layout.
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::register::methods;

fn reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = args
        .all
        .first()
        .and_then(|v| v.as_obj())
        .map(|o| weft_vm::objects::typeobj::type_name(o.ty()))
        .unwrap_or_else(|| args.all.first().map(ops::type_name_of).unwrap_or_default());
    Err(error::type_error(format!("cannot pickle '{name}' object")))
}

/// Makes instances of `ty` refuse pickling and `copy.copy`.
pub(crate) fn register(ty: &weft_vm::heap::ObjRef) {
    methods(ty, &[("__reduce__", reduce), ("__reduce_ex__", reduce)]);
}
