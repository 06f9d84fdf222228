//! `slice`.
use crate::heap::{Kind, Payload, Value};

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for Slice {
    const KIND: Kind = Kind::Slice;
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::obj(crate::heap::alloc(
        &crate::objects::types().slice,
        Slice { start, stop, step },
        None,
    ))
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
