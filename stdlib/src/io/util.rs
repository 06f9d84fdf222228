//! Small helpers every `_io` class uses: payload access, method calls through Python, the shared
//! errors and argument conversions.
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{attr, call, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::{bytes, int};

/// The native payload `T` of `v`, if `v` is (a subclass instance of) that class.
pub(crate) fn payload<T: 'static>(v: &Value) -> Option<&T> {
    v.as_obj()?.downcast::<NativeObj>()?.get::<T>()
}

/// `self` of a method of class `cls` with payload `T`.
pub(crate) fn this<'a, T: 'static>(args: &Args<'a>, cls: &str) -> PyResult<(&'a Value, &'a T)> {
    let me = args.this()?;
    match payload::<T>(me) {
        Some(p) => Ok((me, p)),
        None => Err(error::type_error(format!(
            "descriptor requires a '_io.{cls}' object but received a '{}'",
            type_name_of(me)
        ))),
    }
}

/// `obj.name(*args)`.
pub(crate) fn call_method(
    vm: &mut Vm,
    obj: &Value,
    name: &str,
    args: Vec<Value>,
) -> PyResult<Value> {
    let m = attr::getattr(vm, obj, name)?;
    call::call_value(vm, &m, args)
}

/// `bool(obj.name(*args))`.
pub(crate) fn call_bool(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<bool> {
    let r = call_method(vm, obj, name, Vec::new())?;
    weft_vm::interp::ops::truthy(vm, &r)
}

/// `bool(obj.name)`.
pub(crate) fn attr_bool(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<bool> {
    let r = attr::getattr(vm, obj, name)?;
    weft_vm::interp::ops::truthy(vm, &r)
}

pub(crate) fn closed_error() -> PyErr {
    error::value_error("I/O operation on closed file.")
}

/// `io.UnsupportedOperation(msg)`.
pub(crate) fn unsupported(msg: &str) -> PyErr {
    PyErr::new(&super::io_types().unsupported_operation, msg)
}

pub(crate) fn detached_error() -> PyErr {
    error::value_error("raw stream has been detached")
}

/// An `OSError` from a failed system call, its errno choosing the subclass.
pub(crate) fn os_error(vm: &mut Vm, e: &std::io::Error) -> PyErr {
    crate::posix::args::os_error(vm, e)
}

/// A `size` argument: `None` or absent is -1, otherwise an index.
pub(crate) fn size_of(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(-1),
        Some(v) if v.is_none() => Ok(-1),
        Some(v) => {
            if !int::is_int(v) && weft_vm::interp::attr::getattr_opt(vm, v, "__index__")?.is_none()
            {
                return Err(error::type_error(format!(
                    "argument should be integer or None, not '{}'",
                    type_name_of(v)
                )));
            }
            protocols::index_isize(vm, v).map(|n| n as i64)
        }
    }
}

/// The optional `size` positional argument of `read`/`readline`/... (`name` for messages).
pub(crate) fn size_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<i64> {
    let a = args.rest().range(name, 0, 1)?;
    size_of(vm, a.first())
}

/// The bytes of a bytes-like argument, with the message `write` gives.
pub(crate) fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(b.to_vec());
    }
    weft_vm::interp::builtin_types::bytes_like(vm, v).map_err(|_| {
        error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(v)
        ))
    })
}

/// Copies `data` into the writable buffer `target` (a bytearray, a writable memoryview), as
/// `readinto` does; the number of bytes copied.
pub(crate) fn fill_buffer(vm: &mut Vm, target: &Value, data: &[u8]) -> PyResult<usize> {
    let n = data.len();
    if n == 0 {
        return Ok(0);
    }
    if let Some(b) = target
        .as_obj()
        .and_then(|o| o.downcast::<weft_vm::objects::bytearray::ByteArray>())
    {
        let mut d = b.data.borrow_mut();
        let n = n.min(d.len());
        d[..n].copy_from_slice(&data[..n]);
        return Ok(n);
    }
    let view = call::call_value(
        vm,
        &Value::obj(weft_vm::objects::types().memoryview.clone()),
        vec![target.clone()],
    )?;
    let flat = call_method(vm, &view, "cast", vec![weft_vm::objects::str::new_str("B")])?;
    let slice =
        weft_vm::objects::slice::new_slice(int::from_i64(0), int::from_i64(n as i64), Value::NONE);
    protocols::setitem_call(vm, flat, slice, bytes::new_bytes(data.to_vec()))?;
    Ok(n)
}

/// The length of a writable buffer argument.
pub(crate) fn buffer_len(vm: &mut Vm, target: &Value) -> PyResult<usize> {
    if let Some(b) = target
        .as_obj()
        .and_then(|o| o.downcast::<weft_vm::objects::bytearray::ByteArray>())
    {
        return Ok(b.data.borrow().len());
    }
    let refused = || {
        error::type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            type_name_of(target)
        ))
    };
    let view = call::call_value(
        vm,
        &Value::obj(weft_vm::objects::types().memoryview.clone()),
        vec![target.clone()],
    )
    .map_err(|_| refused())?;
    // A read-only buffer (bytes) is refused even when there is nothing to read.
    let readonly = attr::getattr(vm, &view, "readonly")?;
    if readonly.as_bool() == Some(true) {
        return Err(refused());
    }
    let n = attr::getattr(vm, &view, "nbytes")?;
    Ok(int::to_i64(&n).unwrap_or(0) as usize)
}

/// Whether `v` is a closed stream (`v.closed`).
pub(crate) fn is_closed(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    attr_bool(vm, v, "closed")
}

/// `iter(v)`.
pub(crate) fn iter_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let flow = protocols::get_iter(vm, v.clone())?;
    call::run_flow(vm, flow)
}

/// Grows `v` to `len` items of `fill`; `MemoryError` instead of an abort when that is too much.
pub(crate) fn grow<T: Clone>(v: &mut Vec<T>, len: usize, fill: T) -> PyResult<()> {
    if len > v.len() {
        v.try_reserve_exact(len - v.len())
            .map_err(|_| error::memory_error(""))?;
        v.resize(len, fill);
    }
    Ok(())
}

/// `n` zero bytes, or `MemoryError`.
pub(crate) fn zeroed(n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    grow(&mut v, n, 0)?;
    Ok(v)
}
