//! `range`.
use crate::heap::{Kind, Payload, Value};

pub struct Range {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for Range {
    const KIND: Kind = Kind::Range;
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
