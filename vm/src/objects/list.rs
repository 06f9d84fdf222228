//! `list`.
use crate::heap::{Kind, Payload, Value};
use std::cell::RefCell;

pub struct List {
    pub items: RefCell<Vec<Value>>,
}

impl Payload for List {
    const KIND: Kind = Kind::List;
}

pub fn new_list(items: Vec<Value>) -> Value {
    Value::obj(crate::heap::alloc(
        &crate::objects::types().list,
        List {
            items: RefCell::new(items),
        },
        None,
    ))
}

pub fn as_list(v: &Value) -> Option<&List> {
    v.as_obj().and_then(|o| o.downcast::<List>())
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
