//! Python functions: a code object with its globals, defaults and closure.
use crate::heap::{Kind, ObjRef, Payload, Value};
use std::cell::RefCell;

pub struct Function {
    pub code: RefCell<ObjRef>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// A tuple, or None.
    pub defaults: RefCell<Value>,
    /// A dict, or None.
    pub kwdefaults: RefCell<Value>,
    /// A tuple of cells, or None.
    pub closure: Value,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// A dict, or NULL until first asked for.
    pub annotations: RefCell<Value>,
    /// The function's `__dict__`, created on first attribute store.
    pub dict: RefCell<Option<ObjRef>>,
}

impl Payload for Function {
    const KIND: Kind = Kind::Function;
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
