//! Payloads of types defined by other crates (`_io` objects, `deque`, ...): boxed Rust data with dynamic
//! downcasting.
//!
//! Data that holds references to other objects is built with [`NativeObj::traced`], so
//! that the cycle collector can see and break cycles through it; plain `NativeObj::new(x)` payloads
//! are opaque to it, which is only conservative (their references count as external).
use crate::heap::{Kind, Payload, Value};
use std::any::Any;

pub struct NativeObj(Data);

/// Plain or traced: a lookup matches once and then downcasts with a single dynamic type check.
enum Data {
    Plain(Box<dyn Any>),
    Traced(Box<dyn Traverse>),
}

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

/// A deque of values (`collections.deque`'s, `_queue.SimpleQueue`'s items): traversed item by
/// item, cleared by draining it.
impl Traverse for std::cell::RefCell<std::collections::VecDeque<Value>> {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.try_borrow() {
            items.iter().for_each(f);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut items) = self.try_borrow_mut() {
            out.extend(items.drain(..));
        }
    }
}

impl NativeObj {
    /// A payload opaque to the cycle collector.
    pub fn new(data: impl Any) -> NativeObj {
        NativeObj(Data::Plain(Box::new(data)))
    }

    /// A payload the cycle collector traverses.
    pub fn traced(data: impl Traverse) -> NativeObj {
        NativeObj(Data::Traced(Box::new(data)))
    }

    /// The payload as a `T`, whether plain or traced.
    #[inline]
    pub fn get<T: Any>(&self) -> Option<&T> {
        match &self.0 {
            Data::Plain(d) => d.downcast_ref::<T>(),
            Data::Traced(d) => (&**d as &dyn Any).downcast_ref::<T>(),
        }
    }

    /// The traced data, if the payload is traced.
    pub fn traced_data(&self) -> Option<&dyn Traverse> {
        match &self.0 {
            Data::Plain(_) => None,
            Data::Traced(d) => Some(&**d),
        }
    }
}

/// A native payload that exports its storage through the buffer protocol (CPython's
/// `bf_getbuffer`/`bf_releasebuffer`): `bytes(x)`, `b"".join`, `struct`, file writes and
/// `memoryview(x)`, which reads and writes the storage in place.
pub trait Buffer {
    /// The exported bytes.
    fn bytes(&self) -> &std::cell::RefCell<Vec<u8>>;
    /// The struct format character of the items.
    fn format(&self) -> u8;
    /// The number of live views, during which the exporter refuses to resize.
    fn exports(&self) -> &std::cell::Cell<usize>;
}

/// The exporter inside a native payload, when the payload is of the getter's type.
pub type BufferGetter = fn(&NativeObj) -> Option<&dyn Buffer>;

static BUFFER_GETTERS: std::sync::Mutex<Vec<BufferGetter>> = std::sync::Mutex::new(Vec::new());

/// Lets the natives `getter` recognises act as buffers (the crate defining them calls this once).
pub fn register_buffer(getter: BufferGetter) {
    if let Ok(mut getters) = BUFFER_GETTERS.lock() {
        getters.push(getter);
    }
}

/// The exporter of `v`, when it is a native object with a buffer.
pub fn buffer_of(v: &Value) -> Option<&dyn Buffer> {
    let n = v.as_obj()?.downcast::<NativeObj>()?;
    let getters = BUFFER_GETTERS.lock().ok()?.clone();
    getters.iter().find_map(|g| g(n))
}

/// A copy of the bytes `v` exports, when it is a native object with a buffer.
pub fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    buffer_of(v).map(|b| b.bytes().borrow().clone())
}
