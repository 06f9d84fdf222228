//! The buffers `_struct` reads (any bytes-like object) and writes (`pack_into`: a bytearray, or a
//! writable memoryview of one).
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

/// A writable buffer: the bytearray and the window of it that is written.
pub(crate) struct Writable<'a> {
    array: &'a ByteArray,
    start: usize,
    len: usize,
}

impl Writable<'_> {
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Copies `data` to byte `at` of the window (what no longer fits a shrunk array is dropped).
    pub(crate) fn write(&self, at: usize, data: &[u8]) {
        let mut buf = self.array.data.borrow_mut();
        let from = self.start + at;
        let end = (from + data.len()).min(buf.len());
        if from < end {
            buf[from..end].copy_from_slice(&data[..end - from]);
        }
    }
}

/// `v` as a read-write buffer (`Py_buffer` with `PyBUF_WRITABLE`).
pub(crate) fn writable(v: &Value) -> PyResult<Writable<'_>> {
    if let Some(o) = v.as_obj() {
        if let Some(array) = o.downcast::<ByteArray>() {
            let len = array.data.borrow().len();
            return Ok(Writable {
                array,
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
            let array = m.obj.as_obj().and_then(|b| b.downcast::<ByteArray>());
            if let Some(array) = array.filter(|_| !m.readonly && m.step == itemsize as isize) {
                return Ok(Writable {
                    array,
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
