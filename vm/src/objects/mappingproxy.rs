//! `mappingproxy`: a read-only view of a mapping (a type's namespace, or any mapping).
use crate::heap::{Kind, Payload, Value};

pub struct MappingProxy {
    /// A type object (view of its inline namespace) or another mapping.
    pub target: Value,
}

impl Payload for MappingProxy {
    const KIND: Kind = Kind::MappingProxy;
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
