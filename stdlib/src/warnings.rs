//! The `_warnings` module, as far as importlib's bootstrap needs it before `warnings` exists: `warn`
//! and `warn_explicit` hand over to the pure-Python `warnings` module (imported on first use), which
//! keeps the filters. Without `filters` here, `warnings` uses its own Python implementation
//! throughout, as it does on CPython builds without the accelerator.
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{attr, call, import, Vm};
use weft_vm::objects::builtin::Args;

fn forward(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let module = import::import_abs(vm, "warnings")?;
    let f = attr::getattr(vm, &module, name)?;
    let kwargs: Vec<(&str, Value)> = args.kwargs().map(|(k, v)| (k, v.clone())).collect();
    call::call_value_kw(vm, &f, args.positional().to_vec(), kwargs)
}

fn warn(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    forward(vm, args, "warn")
}

fn warn_explicit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    forward(vm, args, "warn_explicit")
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::support::module_with_docs(
        "_warnings",
        &[
            ("warn", warn, "Issue a warning, or maybe ignore it or raise an exception.\n\n  message\n    Text of the warning message.\n  category\n    The Warning category subclass. Defaults to UserWarning.\n  stacklevel\n    How far up the call stack to make this warning appear. A value of 2 for\n    example attributes the warning to the caller of the code calling warn().\n  source\n    If supplied, the destroyed object which emitted a ResourceWarning"),
            ("warn_explicit", warn_explicit, "Low-level interface to warnings functionality."),
        ],
    );
    Ok(m)
}
