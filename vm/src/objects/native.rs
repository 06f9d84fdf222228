//! Payloads of types defined by other crates (`_io` objects, `deque`, ...): boxed Rust data with dynamic
//! downcasting.
//!
//! Data that holds references to other objects is wrapped in [`Traced`] (built with [`NativeObj::traced`]), so
//! that the cycle collector can see and break cycles through it; plain `NativeObj(Box::new(x))` payloads
//! are opaque to it, which is only conservative (their references count as external).
use crate::heap::{Kind, Payload, Value};
use std::any::Any;

pub struct NativeObj(pub Box<dyn Any>);

impl Payload for NativeObj {
    const KIND: Kind = Kind::Native;
}

/// Native data that holds references (CPython's `tp_traverse` and `tp_clear`).
pub trait Traverse: Any {
    /// Calls `f` on every value the data holds a reference to, once per reference held. A value that
    /// is borrowed at the moment may be skipped (the collector is then only more conservative).
    fn traverse(&self, f: &mut dyn FnMut(&Value));
    /// Moves every reference out into `out`, to break a cycle; the caller drops them after all
    /// borrows have ended (dropping may run code).
    fn clear(&self, out: &mut Vec<Value>);
}

/// The box of a traced payload.
pub struct Traced(pub Box<dyn Traverse>);

impl NativeObj {
    /// A payload the cycle collector traverses.
    pub fn traced(data: impl Traverse) -> NativeObj {
        NativeObj(Box::new(Traced(Box::new(data))))
    }

    /// The payload as a `T`, whether plain or traced.
    pub fn get<T: Any>(&self) -> Option<&T> {
        match self.0.downcast_ref::<Traced>() {
            Some(t) => (&*t.0 as &dyn Any).downcast_ref::<T>(),
            None => self.0.downcast_ref::<T>(),
        }
    }

    /// The traced data, if the payload is traced.
    pub fn traced_data(&self) -> Option<&dyn Traverse> {
        self.0.downcast_ref::<Traced>().map(|t| &*t.0)
    }
}

/// Reads the bytes a native object exports through the buffer protocol (CPython's `bf_getbuffer`
/// for the read-only, contiguous uses: `bytes(x)`, `b"".join`, `struct.unpack`, file writes); None
/// when the object is not of the reader's type.
pub type BufferReader = fn(&NativeObj) -> Option<Vec<u8>>;

static BUFFER_READERS: std::sync::Mutex<Vec<BufferReader>> = std::sync::Mutex::new(Vec::new());

/// Lets the natives `reader` recognises act as bytes-like objects (the crate defining them calls
/// this once).
pub fn register_buffer(reader: BufferReader) {
    if let Ok(mut readers) = BUFFER_READERS.lock() {
        readers.push(reader);
    }
}

/// The exported bytes of `v`, when it is a native object with a buffer.
pub fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    let n = v.as_obj()?.downcast::<NativeObj>()?;
    let readers = BUFFER_READERS.lock().ok()?.clone();
    readers.iter().find_map(|r| r(n))
}
