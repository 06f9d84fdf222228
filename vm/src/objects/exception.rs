//! `BaseException` and its subclasses: the fields every exception has; the others (`errno`, `name`,
//! `value`, ...) live in the instance's attribute area.
use crate::heap::{Kind, Payload, Value};
use std::cell::{Cell, RefCell};

pub struct ExceptionData {
    /// A tuple.
    pub args: RefCell<Value>,
    pub traceback: RefCell<Value>,
    pub context: RefCell<Value>,
    pub cause: RefCell<Value>,
    pub suppress_context: Cell<bool>,
}

impl Payload for ExceptionData {
    const KIND: Kind = Kind::Exception;
}

impl ExceptionData {
    pub fn new(args: Value) -> ExceptionData {
        ExceptionData {
            args: RefCell::new(args),
            traceback: RefCell::new(Value::NONE),
            context: RefCell::new(Value::NONE),
            cause: RefCell::new(Value::NONE),
            suppress_context: Cell::new(false),
        }
    }
}
