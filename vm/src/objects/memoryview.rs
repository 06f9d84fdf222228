//! `memoryview` over bytes and bytearray (one-dimensional, format 'B').
use crate::heap::{Kind, Payload, Value};
use std::cell::Cell;

pub struct MemoryView {
    pub obj: Value,
    pub start: usize,
    pub len: usize,
    pub step: isize,
    pub readonly: bool,
    pub released: Cell<bool>,
}

impl Payload for MemoryView {
    const KIND: Kind = Kind::MemoryView;
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
