//! Payloads of types defined by other crates (`_io` objects, `deque`, ...): boxed Rust data with dynamic
//! downcasting.
use crate::heap::{Kind, Payload};
use std::any::Any;

pub struct NativeObj(pub Box<dyn Any>);

impl Payload for NativeObj {
    const KIND: Kind = Kind::Native;
}
