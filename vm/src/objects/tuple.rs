//! `tuple`.
use crate::heap::{Kind, Payload, Value};
use std::cell::Cell;

pub struct Tuple {
    pub items: Box<[Value]>,
    pub hash: Cell<Option<i64>>,
}

impl Payload for Tuple {
    const KIND: Kind = Kind::Tuple;
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return Value::obj(crate::objects::types().empty_tuple.clone());
    }
    Value::obj(crate::heap::alloc(
        &crate::objects::types().tuple,
        Tuple {
            items: items.into_boxed_slice(),
            hash: Cell::new(None),
        },
        None,
    ))
}

pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    v.as_obj()
        .and_then(|o| o.downcast::<Tuple>())
        .map(|t| &*t.items)
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
