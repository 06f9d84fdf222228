//! `int`: values in the 48-bit range are inline `Value`s; larger ones (and instances of int subclasses) are
//! heap objects holding a `BigInt`. `bool` shares the layout; its two values are inline too.
//!
//! The methods live in `int_*.rs` beside this file: construction (`int_new`), the unary and conversion
//! methods (`int_methods`), `to_bytes`/`from_bytes` (`int_bytes`) and the operator dunders (`int_arith`).
use crate::heap::{Kind, ObjRef, Payload, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::sync::atomic::{AtomicUsize, Ordering};

#[path = "int_args.rs"]
pub mod args;
#[path = "int_arith.rs"]
mod arith;
#[path = "int_bytes.rs"]
mod bytes_conv;
#[path = "int_methods.rs"]
mod methods;
#[path = "int_new.rs"]
mod new;

pub use arith::int_op;
pub use new::{index_value, number_long, warn_deprecated};

pub struct IntObj(pub BigInt);

impl Payload for IntObj {
    const KIND: Kind = Kind::Int;
}

/// An int value from an i64 (inline when small).
#[inline]
pub fn from_i64(i: i64) -> Value {
    match Value::small_int(i) {
        Some(v) => v,
        None => Value::obj(crate::heap::alloc(
            &crate::objects::types().int,
            IntObj(BigInt::from(i)),
            None,
        )),
    }
}

/// An int value from a BigInt (inline when it fits).
pub fn from_big(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::small_int(i) {
            return v;
        }
    }
    Value::obj(crate::heap::alloc(
        &crate::objects::types().int,
        IntObj(b),
        None,
    ))
}

/// The integer value of an int (or bool, or int subclass) as a BigInt.
pub fn to_big(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_int() {
        return Some(BigInt::from(i));
    }
    if let Some(b) = v.as_bool() {
        return Some(BigInt::from(b as i64));
    }
    v.as_obj()
        .and_then(|o| o.downcast::<IntObj>())
        .map(|b| b.0.clone())
}

/// The value as i64 when it is an int that fits.
pub fn to_i64(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_int() {
        return Some(i);
    }
    if let Some(b) = v.as_bool() {
        return Some(b as i64);
    }
    v.as_obj()
        .and_then(|o| o.downcast::<IntObj>())
        .and_then(|b| b.0.to_i64())
}

/// Whether the value is an int (including bool and subclasses).
pub fn is_int(v: &Value) -> bool {
    v.is_int() || v.is_bool() || v.as_obj().is_some_and(|o| o.kind() == Kind::Int)
}

pub fn big_obj(o: &ObjRef) -> Option<&BigInt> {
    o.downcast::<IntObj>().map(|b| &b.0)
}

/// An instance of `cls` (`int` or a subclass) with value `b`: exact ints stay inline when they fit, subclass
/// instances are always heap objects.
pub fn new_int_of(cls: &ObjRef, b: BigInt) -> Value {
    if cls.is(&crate::objects::types().int) {
        return from_big(b);
    }
    Value::obj(args::alloc_number(cls, IntObj(b)))
}

/// Whether `v` is exactly an `int` (not a bool, not a subclass instance).
pub fn is_exact_int(v: &Value) -> bool {
    v.is_int()
        || v.as_obj()
            .is_some_and(|o| o.ty().is(&crate::objects::types().int))
}

/// CPython 3.11's default for `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// The smallest non-zero limit `sys.set_int_max_str_digits()` accepts.
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// The limit on decimal digits in int<->str conversions. CPython keeps it per interpreter; weft has one
/// interpreter per process, so one atomic serves every thread.
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()` (0: no limit).
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`.
///
/// # Errors
/// `ValueError("maxdigits must be 0 or larger than 640")`.
pub fn set_max_str_digits(n: &BigInt) -> crate::interp::error::PyResult<()> {
    match n.to_usize() {
        Some(v) if v == 0 || v >= MAX_STR_DIGITS_THRESHOLD => {
            MAX_STR_DIGITS.store(v, Ordering::Relaxed);
            Ok(())
        }
        _ => Err(crate::interp::error::value_error(
            "maxdigits must be 0 or larger than 640",
        )),
    }
}

/// `str(v)` of an int value, honouring the digit limit.
///
/// # Errors
/// `ValueError` when the value has more digits than `sys.get_int_max_str_digits()` allows.
pub fn to_decimal(b: &BigInt) -> crate::interp::error::PyResult<String> {
    Ok(crate::format::int_to_decimal(
        crate::format::IntRef::Big(b),
        max_str_digits(),
    )?)
}

/// Fills the namespaces of `int` and `bool`.
pub fn register() {
    methods::register();
    arith::register();
    bytes_conv::register();
    new::register();
}
