//! `__reduce__`/`__reduce_ex__` for native types whose state has no Python form (hash and zlib
//! stream objects; greenlets and tasklets until they pickle): what CPython's `object.__reduce_ex__`
//! says for objects with a C layout.
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::{ops, Vm};
use crate::objects::builtin::Args;
use crate::objects::register::methods;

fn reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = args
        .all
        .first()
        .and_then(|v| v.as_obj())
        .map(|o| crate::objects::typeobj::type_name(o.ty()))
        .unwrap_or_else(|| args.all.first().map(ops::type_name_of).unwrap_or_default());
    Err(error::type_error(format!("cannot pickle '{name}' object")))
}

/// Makes instances of `ty` refuse pickling and `copy.copy`.
pub fn register(ty: &crate::heap::ObjRef) {
    methods(ty, &[("__reduce__", reduce), ("__reduce_ex__", reduce)]);
}
