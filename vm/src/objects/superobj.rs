//! `super`.
use crate::heap::{Kind, Payload, Value};

pub struct Super {
    /// The class after which the MRO search starts.
    pub this: Value,
    /// The instance or class bound (or None for unbound super).
    pub obj: Value,
    /// The type whose MRO is searched (`type(obj)` or `obj` itself).
    pub obj_type: Value,
}

impl Payload for Super {
    const KIND: Kind = Kind::Super;
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
