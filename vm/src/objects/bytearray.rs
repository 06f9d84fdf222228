//! `bytearray`: a mutable byte buffer.
//!
//! Its mutating methods live in `str_bytearray.rs`; the methods it shares with `bytes` are
//! registered by `bytes.rs`.
use crate::heap::{Kind, ObjRef, Payload, Value};
use std::cell::{Cell, RefCell};

#[path = "str_bytearray.rs"]
mod mutate;

pub use mutate::{concat_in_place, del_subscript, set_subscript};

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

/// An empty instance of `cls` (`bytearray` or a subclass), with the attribute area a
/// subclass needs.
pub fn new_bytearray_of(cls: &ObjRef) -> Value {
    let payload = ByteArray {
        data: RefCell::new(Vec::new()),
        exports: Cell::new(0),
    };
    if cls.is(&crate::objects::types().bytearray) {
        return Value::obj(crate::heap::alloc(cls, payload, None));
    }
    let cap = crate::interp::typecall::attr_capacity(cls);
    let o = crate::heap::alloc(cls, payload, cap);
    if crate::objects::typeobj::tdata(cls).has(crate::objects::typeobj::tflag::HAS_DEL) {
        o.set_flag(crate::heap::flag::HAS_DEL);
    }
    Value::obj(o)
}

impl ByteArray {
    /// Refuses to change the length while a memoryview exports the buffer.
    ///
    /// # Errors
    /// `BufferError: Existing exports of data: object cannot be re-sized`.
    pub fn check_resize(&self) -> crate::interp::error::PyResult<()> {
        if self.exports.get() > 0 {
            return Err(crate::interp::error::buffer_error(
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }
}

/// Fills the namespace of `bytearray` with its mutating methods (the rest come from
/// `bytes::register`).
pub fn register() {
    mutate::register(&crate::objects::types().bytearray);
}
