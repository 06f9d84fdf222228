//! The exceptions pickling raises: `pickle.PicklingError` and `pickle.UnpicklingError` (the `_pickle`
//! module's classes, which `pickle` re-exports).
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{attr, import, Vm};

fn pickle_class(vm: &mut Vm, name: &str) -> PyResult<weft_vm::heap::ObjRef> {
    let m = import::import_abs(vm, "_pickle")?;
    let c = attr::getattr(vm, &m, name)?;
    c.as_obj()
        .cloned()
        .ok_or_else(|| error::system_error(format!("_pickle.{name} is not a class")))
}

/// `pickle.PicklingError(msg)`, or the error that kept `_pickle` from loading.
pub fn pickling_error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    match pickle_class(vm, "PicklingError") {
        Ok(c) => PyErr::new(&c, msg),
        Err(e) => e,
    }
}

/// How the layers report a state they cannot rebuild: `UnpicklingError("invalid <what> state")`.
pub fn invalid_state(vm: &mut Vm) -> PyResult<impl Fn(&str) -> PyErr> {
    let cls = pickle_class(vm, "UnpicklingError")?;
    Ok(move |what: &str| PyErr::new(&cls, format!("invalid {what} state")))
}

/// `pickle.UnpicklingError(msg)`: pickled state that cannot be rebuilt.
pub fn unpickling_error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    match pickle_class(vm, "UnpicklingError") {
        Ok(c) => PyErr::new(&c, msg),
        Err(e) => e,
    }
}

/// The `PicklingError` for a computation whose chain holds the frame of a native call.
pub fn native_frame(vm: &mut Vm, what: &str, call: impl std::fmt::Display) -> PyErr {
    pickling_error(
        vm,
        format!("cannot pickle {what}: its frame chain holds {call}"),
    )
}

/// An unpickled state that is not `expect`.
pub fn bad_state(vm: &mut Vm, expect: &str) -> PyErr {
    unpickling_error(vm, format!("invalid {expect} state"))
}

/// `v` as a non-negative index, or the `UnpicklingError` for `what`.
pub fn index(vm: &mut Vm, v: &Value, what: &str) -> PyResult<usize> {
    match weft_vm::objects::int::to_i64(v) {
        Some(i) if i >= 0 => Ok(i as usize),
        _ => Err(bad_state(vm, what)),
    }
}

/// `v` as a bool, or the `UnpicklingError` for `what`.
pub fn flag(vm: &mut Vm, v: &Value, what: &str) -> PyResult<bool> {
    v.as_bool().ok_or_else(|| bad_state(vm, what))
}
