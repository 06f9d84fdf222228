//! Turning Python arguments into the `f64`s and `BigInt`s the pure functions take, with the
//! conversions and messages of CPython's `PyFloat_AsDouble` (ints go through
//! `protocols::index`, CPython's `PyNumber_Index`).

use num_bigint::BigInt;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::{a_type, type_name_of};
use weft_vm::interp::{attr, call, protocols, Vm};
use weft_vm::numeric::int_float::bigint_to_f64;
use weft_vm::objects::typeobj::lookup_str;
use weft_vm::objects::{float, int, types};

use super::Real;

/// `PyFloat_AsDouble`: a float (or float subclass) as it is, else `__float__`, else
/// `__index__`; anything else is "must be real number".
///
/// # Errors
/// `TypeError` for non-numbers and for a `__float__` returning a non-float, `OverflowError`
/// for ints too large for a float, and whatever the dunders raise.
pub(crate) fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(x) = float::to_f64(v) {
        return Ok(x);
    }
    if let Some(i) = v.as_int() {
        // Inline ints have at most 48 bits, so the conversion is exact.
        return Ok(i as f64);
    }
    let ty = a_type(v);
    if ty.is(&types().int) || ty.is(&types().bool_) {
        return big_to_f64(&int::to_big(v).unwrap_or_default());
    }
    if let Some(r) = call_special(vm, v, "__float__")? {
        let Some(x) = float::to_f64(&r) else {
            return Err(error::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name_of(v),
                type_name_of(&r)
            )));
        };
        return Ok(x);
    }
    if let Some(b) = int::to_big(v) {
        return big_to_f64(&b);
    }
    if lookup_str(&ty, "__index__").is_some() {
        return big_to_f64(&protocols::index(vm, v)?);
    }
    Err(error::type_error(format!(
        "must be real number, not {}",
        type_name_of(v)
    )))
}

/// CPython's `_PyObject_LookupSpecial` and a call without arguments: the method `name` of
/// `v`'s type, bound to `v` by the descriptor protocol (so static and class methods work),
/// called; `None` when the type has no such attribute.
pub(crate) fn call_special(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let ty = a_type(v);
    let Some(raw) = lookup_str(&ty, name) else {
        return Ok(None);
    };
    let bound = match attr::descr_get(vm, &raw, v, &ty)? {
        Some(flow) => call::run_flow(vm, flow)?,
        None => raw,
    };
    call::call_value(vm, &bound, vec![]).map(Some)
}

/// `PyLong_AsDouble`.
fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    Ok(bigint_to_f64(b)?)
}

/// The argument of the logarithms: ints (of any size and subclass) stay exact, everything
/// else goes through [`to_f64`].
pub(super) enum RealArg {
    Float(f64),
    Int(BigInt),
}

impl RealArg {
    pub(super) fn new(vm: &mut Vm, v: &Value) -> PyResult<RealArg> {
        match int::to_big(v) {
            Some(b) => Ok(RealArg::Int(b)),
            None => Ok(RealArg::Float(to_f64(vm, v)?)),
        }
    }

    pub(super) fn real(&self) -> Real<'_> {
        match self {
            RealArg::Float(x) => Real::Float(*x),
            RealArg::Int(b) => Real::Int(b),
        }
    }
}
