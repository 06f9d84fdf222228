//! `int`: values in the 48-bit range are inline `Value`s; larger ones (and instances of int subclasses) are
//! heap objects holding a `BigInt`.
use crate::heap::{Kind, ObjRef, Payload, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

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

/// Fills the namespace of this file's type(s).
pub fn register() {}
