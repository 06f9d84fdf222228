//! `bytes`: an immutable byte string with a cached hash.
use crate::heap::{Kind, Payload, Value};
use std::cell::Cell;

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

/// Fills the namespace of this file's type(s).
pub fn register() {}
