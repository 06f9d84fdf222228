//! Payload-less singletons: `NotImplemented`, `Ellipsis`.
use crate::heap::{Kind, Payload};

pub struct Singleton;

impl Payload for Singleton {
    const KIND: Kind = Kind::Singleton;
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
