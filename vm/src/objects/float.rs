//! `float`: inline in `Value`; NaNs (each its own object, as in CPython) and instances of float subclasses
//! are heap `FloatObj`s.
//!
//! The methods live beside this file: construction and the conversion protocol (`float_new`), the other
//! methods (`float_methods`) and the operator dunders (`float_arith`).
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::PyResult;
use num_bigint::BigInt;

#[path = "float_arith.rs"]
mod arith;
#[path = "float_methods.rs"]
mod methods;
#[path = "float_new.rs"]
mod new;

pub use arith::float_op;
pub use new::{as_f64, number_float};

pub struct FloatObj(pub f64);

impl Payload for FloatObj {
    const KIND: Kind = Kind::Float;
}

/// A NaN as a heap `float` (the out-of-line half of `Value::float`): cold, since NaNs are rare.
#[cold]
#[inline(never)]
pub fn boxed_nan(x: f64) -> Value {
    Value::obj(crate::objects::int::args::alloc_number(
        &crate::objects::types().float,
        FloatObj(x),
    ))
}

/// Whether `v` is an exact `float` (inline, or a heap NaN), not an instance of a subclass.
#[inline]
pub fn is_exact(v: &Value) -> bool {
    v.is_float()
        || v.as_obj()
            .is_some_and(|o| o.ty().is(&crate::objects::types().float))
}

/// `v` (of value `x`) as an exact float, as CPython's `float_float` gives it: `v` itself when it is exact
/// (so a NaN keeps its identity), else a new float.
pub fn exact(v: &Value, x: f64) -> Value {
    if is_exact(v) {
        v.clone()
    } else {
        Value::float(x)
    }
}

/// The float value of a float (or float subclass instance).
#[inline]
pub fn to_f64(v: &Value) -> Option<f64> {
    if let Some(f) = v.as_float() {
        return Some(f);
    }
    v.as_obj()
        .and_then(|o| o.downcast::<FloatObj>())
        .map(|f| f.0)
}

/// `int(x)` of a float: truncation toward zero, exact however large.
///
/// # Errors
/// `OverflowError("cannot convert float infinity to integer")`, `ValueError("cannot convert float NaN to
/// integer")`.
pub fn to_int(x: f64) -> PyResult<BigInt> {
    Ok(crate::numeric::int_float::f64_to_bigint(x)?)
}

/// An instance of `cls` (`float` or a subclass) with value `x`: exact floats are inline (but a NaN).
pub fn new_float_of(cls: &ObjRef, x: f64) -> Value {
    if cls.is(&crate::objects::types().float) {
        return Value::float(x);
    }
    Value::obj(crate::objects::int::args::alloc_number(cls, FloatObj(x)))
}

/// A float operand of arithmetic: a float, or an int converted with correct rounding; `None` for other
/// types (the dunder then returns `NotImplemented`).
///
/// # Errors
/// `OverflowError("int too large to convert to float")`.
pub fn operand(v: &Value) -> PyResult<Option<f64>> {
    if let Some(x) = to_f64(v) {
        return Ok(Some(x));
    }
    match crate::objects::int::to_big(v) {
        Some(b) => Ok(Some(crate::format::int_to_f64(
            crate::format::IntRef::Big(&b),
        )?)),
        None => Ok(None),
    }
}

/// Fills the namespace of `float`.
pub fn register() {
    new::register();
    methods::register();
    arith::register();
}

#[cfg(test)]
#[path = "float_tests.rs"]
mod tests;
