//! `float`: inline in `Value`; only instances of float subclasses are heap objects.
use crate::heap::{Kind, Payload, Value};

pub struct FloatObj(pub f64);

impl Payload for FloatObj {
    const KIND: Kind = Kind::Float;
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

/// Fills the namespace of this file's type(s).
pub fn register() {}
