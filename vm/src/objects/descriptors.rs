//! `property`, `classmethod` and `staticmethod`.
use crate::heap::{Kind, Payload, Value};
use std::cell::RefCell;

pub struct Property {
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    pub doc: RefCell<Value>,
    /// Set by `__set_name__` (3.11 keeps it for error messages).
    pub name: RefCell<Value>,
}

impl Payload for Property {
    const KIND: Kind = Kind::Property;
}

pub struct ClassMethod {
    pub func: RefCell<Value>,
}

impl Payload for ClassMethod {
    const KIND: Kind = Kind::ClassMethod;
}

pub struct StaticMethod {
    pub func: RefCell<Value>,
}

impl Payload for StaticMethod {
    const KIND: Kind = Kind::StaticMethod;
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
