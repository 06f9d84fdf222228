//! Cells: the shared boxes of closure variables.
use crate::heap::{Kind, ObjRef, Payload, Value};
use std::cell::RefCell;

pub struct CellObj {
    /// NULL when empty.
    pub value: RefCell<Value>,
}

impl Payload for CellObj {
    const KIND: Kind = Kind::Cell;
}

pub fn new_cell(v: Value) -> ObjRef {
    crate::heap::alloc(
        &crate::objects::types().cell,
        CellObj {
            value: RefCell::new(v),
        },
        None,
    )
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
