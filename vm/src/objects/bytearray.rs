//! `bytearray`: a mutable byte buffer.
use crate::heap::{Kind, Payload, Value};
use std::cell::{Cell, RefCell};

pub struct ByteArray {
    pub data: RefCell<Vec<u8>>,
    /// Number of live buffer exports (memoryviews); resizing is refused while non-zero.
    pub exports: Cell<usize>,
}

impl Payload for ByteArray {
    const KIND: Kind = Kind::ByteArray;
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::obj(crate::heap::alloc(
        &crate::objects::types().bytearray,
        ByteArray {
            data: RefCell::new(data),
            exports: Cell::new(0),
        },
        None,
    ))
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
