//! Bound methods.
use crate::heap::{Kind, Payload, Value};

pub struct Method {
    pub func: Value,
    pub self_: Value,
}

impl Payload for Method {
    const KIND: Kind = Kind::Method;
}

pub fn new_method(func: Value, self_: Value) -> Value {
    Value::obj(crate::heap::alloc(
        &crate::objects::types().method,
        Method { func, self_ },
        None,
    ))
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
