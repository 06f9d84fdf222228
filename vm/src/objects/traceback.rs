//! Traceback entries: one per frame an exception passed through.
use crate::heap::{Kind, Payload, Value};

pub struct Traceback {
    /// The next (inner) entry, or None.
    pub next: std::cell::RefCell<Value>,
    /// The frame object.
    pub frame: Value,
    /// Index of the instruction that raised (`tb_lasti`).
    pub lasti: u32,
    pub lineno: u32,
}

impl Payload for Traceback {
    const KIND: Kind = Kind::Traceback;
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
