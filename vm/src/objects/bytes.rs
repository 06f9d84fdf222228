//! `bytes`: an immutable byte string with a cached hash.
//!
//! The methods it shares with `bytearray` live in `str_bytes_*.rs` beside this file:
//! construction and `fromhex` (`str_bytes_new`), the slot dunders (`str_bytes_dunders`) and the
//! byte-string methods (`str_bytes_methods`); each native is generic over which of the two
//! types it serves.
use crate::heap::{Kind, ObjRef, Payload, Value};
use std::cell::Cell;

#[path = "str_bytes_dunders.rs"]
mod dunders;
#[path = "str_bytes_methods.rs"]
mod methods;
pub(crate) use methods::{hex_args, hex_string};

#[path = "str_bytes_new.rs"]
pub(crate) mod new;
#[cfg(test)]
#[path = "str_bytes_tests.rs"]
mod tests;

pub struct Bytes {
    hash: Cell<i64>,
    pub data: Box<[u8]>,
}

impl Payload for Bytes {
    const KIND: Kind = Kind::Bytes;
}

impl Bytes {
    pub fn new(data: Vec<u8>) -> Bytes {
        Bytes {
            hash: Cell::new(-1),
            data: data.into_boxed_slice(),
        }
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::objects::str::hash_bytes(&self.data) ^ 0x5bd1_e995;
        let h = if h == -1 { -2 } else { h };
        self.hash.set(h);
        h
    }
}

pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::obj(crate::heap::alloc(
        &crate::objects::types().bytes,
        Bytes::new(data),
        None,
    ))
}

pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    v.as_obj()
        .and_then(|o| o.downcast::<Bytes>())
        .map(|b| &*b.data)
}

/// An instance of `cls` (`bytes` or a subclass) holding `data`: subclass instances get the
/// attribute area their class needs.
pub fn new_bytes_of(cls: &ObjRef, data: Vec<u8>) -> Value {
    if cls.is(&crate::objects::types().bytes) {
        return new_bytes(data);
    }
    let cap = crate::interp::typecall::attr_capacity(cls);
    let o = crate::heap::alloc(cls, Bytes::new(data), cap);
    if crate::objects::typeobj::tdata(cls).has(crate::objects::typeobj::tflag::HAS_DEL) {
        o.set_flag(crate::heap::flag::HAS_DEL);
    }
    Value::obj(o)
}

/// Fills the namespaces of `bytes` and of `bytearray`'s methods shared with it.
pub fn register() {
    let t = crate::objects::types();
    new::register(&t.bytes, &t.bytearray);
    dunders::register::<false>(&t.bytes);
    dunders::register::<true>(&t.bytearray);
    methods::register::<false>(&t.bytes);
    methods::register::<true>(&t.bytearray);
}
