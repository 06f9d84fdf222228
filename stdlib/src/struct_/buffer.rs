//! The buffers `_struct` reads (any bytes-like object) and writes (`pack_into`: a bytearray, a
//! native buffer such as an array, or a writable memoryview of one).
use std::cell::RefCell;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::bytearray::ByteArray;
use weft_vm::objects::memoryview::MemoryView;
use weft_vm::objects::memoryview_format;

/// The bytes of a bytes-like object.
pub(crate) fn read(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    weft_vm::interp::builtin_types::bytes_like(vm, v)
}

/// A writable buffer: the storage and the window of it that is written.
pub(crate) struct Writable<'a> {
    data: &'a RefCell<Vec<u8>>,
    start: usize,
    len: usize,
}

impl Writable<'_> {
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Copies `data` to byte `at` of the window (what no longer fits a shrunk array is dropped).
    pub(crate) fn write(&self, at: usize, data: &[u8]) {
        let mut buf = self.data.borrow_mut();
        let from = self.start + at;
        let end = (from + data.len()).min(buf.len());
        if from < end {
            buf[from..end].copy_from_slice(&data[..end - from]);
        }
    }
}

/// The storage of a bytearray or a native buffer.
fn storage(v: &Value) -> Option<&RefCell<Vec<u8>>> {
    if let Some(array) = v.as_obj().and_then(|o| o.downcast::<ByteArray>()) {
        return Some(&array.data);
    }
    weft_vm::objects::native::buffer_of(v).map(|b| b.bytes())
}

/// `v` as a read-write buffer (`Py_buffer` with `PyBUF_WRITABLE`).
pub(crate) fn writable(v: &Value) -> PyResult<Writable<'_>> {
    if let Some(o) = v.as_obj() {
        if let Some(data) = storage(v) {
            let len = data.borrow().len();
            return Ok(Writable {
                data,
                start: 0,
                len,
            });
        }
        if let Some(m) = o.downcast::<MemoryView>() {
            if m.released.get() {
                return Err(error::value_error(
                    "operation forbidden on released memoryview object",
                ));
            }
            // Contiguous views only: `step` counts bytes, `len` items.
            let itemsize = memoryview_format::itemsize(m.format).unwrap_or(1);
            let data = storage(&m.obj);
            if let Some(data) = data.filter(|_| !m.readonly && m.step == itemsize as isize) {
                return Ok(Writable {
                    data,
                    start: m.start,
                    len: m.len * itemsize,
                });
            }
        }
    }
    Err(error::type_error(format!(
        "argument must be read-write bytes-like object, not {}",
        ops::type_name_of(v)
    )))
}
