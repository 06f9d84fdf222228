//! Reading the bytes of a buffer-protocol object (bytes, bytearray, memoryview) in place, for the
//! natives that only read them (hashing, compression, binascii): the buffer is borrowed, never
//! copied. Like CPython's `PyBUF_SIMPLE` requests, a strided memoryview is refused.
use std::cell::Ref;
use std::ops::Deref;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::objects::bytearray::ByteArray;
use weft_vm::objects::memoryview::MemoryView;
use weft_vm::objects::{bytes, memoryview_format};

/// The bytes of a buffer, borrowed where they lie. A bytearray stays borrowed while this lives, so
/// the holder must not run Python code (which could resize it) before dropping it.
pub(crate) enum Buf<'a> {
    Slice(&'a [u8]),
    Array(Ref<'a, [u8]>),
}

impl Deref for Buf<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Buf::Slice(s) => s,
            Buf::Array(r) => r,
        }
    }
}

/// The bytes of `base` (a bytes or bytearray) from `start`, `len` long (clamped to what is there).
fn window(base: &Value, start: usize, len: usize) -> Option<Buf<'_>> {
    if let Some(b) = bytes::as_bytes(base) {
        let from = start.min(b.len());
        return Some(Buf::Slice(&b[from..(start + len).min(b.len())]));
    }
    let ba = base.as_obj()?.downcast::<ByteArray>()?;
    Some(Buf::Array(Ref::map(ba.data.borrow(), |d| {
        let from = start.min(d.len());
        &d[from..(start + len).min(d.len())]
    })))
}

/// `v`'s bytes, or `None` when `v` does not export a buffer.
///
/// # Errors
/// `ValueError` for a released memoryview, `BufferError` for a strided one.
pub(crate) fn get(v: &Value) -> Option<PyResult<Buf<'_>>> {
    if let Some(b) = bytes::as_bytes(v) {
        return Some(Ok(Buf::Slice(b)));
    }
    let o = v.as_obj()?;
    if o.downcast::<ByteArray>().is_some() {
        return window(v, 0, usize::MAX).map(Ok);
    }
    let m = o.downcast::<MemoryView>()?;
    if m.released.get() {
        return Some(Err(error::value_error(
            "operation forbidden on released memoryview object",
        )));
    }
    let size = memoryview_format::itemsize(m.format).unwrap_or(1);
    if m.step != size as isize && m.len > 1 {
        return Some(Err(error::buffer_error(
            "memoryview: underlying buffer is not C-contiguous",
        )));
    }
    window(&m.obj, m.start, m.len * size).map(Ok)
}

/// `v`'s bytes, with CPython's `a bytes-like object is required, not 'T'` otherwise.
pub(crate) fn bytes_like(v: &Value) -> PyResult<Buf<'_>> {
    get(v).unwrap_or_else(|| {
        Err(error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            weft_vm::interp::ops::type_name_of(v)
        )))
    })
}
