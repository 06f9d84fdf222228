//! `complex`.
use crate::heap::{Kind, Payload, Value};

pub struct ComplexObj {
    pub re: f64,
    pub im: f64,
}

impl Payload for ComplexObj {
    const KIND: Kind = Kind::Complex;
}

pub fn new_complex(re: f64, im: f64) -> Value {
    Value::obj(crate::heap::alloc(
        &crate::objects::types().complex,
        ComplexObj { re, im },
        None,
    ))
}

pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    v.as_obj()
        .and_then(|o| o.downcast::<ComplexObj>())
        .map(|c| (c.re, c.im))
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
