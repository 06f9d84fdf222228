//! `pickle.PickleBuffer`, which protocol 5 writes in band (as bytes or bytearray) or out of band.
//!
//! A `PickleBuffer` holds a view of the object it wraps (keeping a bytearray from resizing, as
//! CPython's held `Py_buffer` does) and re-exports it: `memoryview(pb)` and every bytes-like
//! consumer see the wrapped memory, through the vm's exporter hook.
use crate::support::{native_type, payload};
use std::cell::RefCell;
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::memoryview::{self, MemoryView};
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{methods, statics};
use weft_vm::objects::str as pystr;

const RELEASED: &str = "operation forbidden on released PickleBuffer object";

/// The view of the wrapped object; `None` once released.
struct PickleBuffer(RefCell<Option<Value>>);

impl Traverse for PickleBuffer {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(v) = self.0.try_borrow() {
            v.iter().for_each(f);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut v) = self.0.try_borrow_mut() {
            out.extend(v.take());
        }
    }
}

pub(crate) fn picklebuffer_type() -> &'static ObjRef {
    static TYPE: OnceLock<GilShared<ObjRef>> = OnceLock::new();
    &TYPE
        .get_or_init(|| {
            let ty = native_type("pickle.PickleBuffer", false);
            statics(&ty, &[("__new__", new)]);
            methods(&ty, &[("raw", raw), ("release", release)]);
            crate::support::set_doc(&ty, "Wrapper for potentially out-of-band buffers");
            crate::support::method_docs(
                &ty,
                &[
                    ("raw", "Return a memoryview of the raw memory underlying this buffer.\nWill raise BufferError is the buffer isn't contiguous."),
                    ("release", "Release the underlying buffer exposed by the PickleBuffer object."),
                ],
            );
            memoryview::register_exporter(&ty, exported);
            GilShared(ty)
        })
        .0
}

/// `PickleBuffer(obj)`: any object exporting a buffer.
fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, picklebuffer_type())?;
    let rest = args.rest();
    rest.no_kwargs("PickleBuffer")?;
    let obj = match rest.positional() {
        [obj] => obj.clone(),
        [] => {
            return Err(error::type_error(
                "PickleBuffer() takes exactly 1 positional argument (0 given)",
            ))
        }
        more => {
            return Err(error::type_error(format!(
                "PickleBuffer() takes at most 1 argument ({} given)",
                more.len()
            )))
        }
    };
    let view = memoryview::memoryview_of(&obj).map_err(|_| {
        error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            weft_vm::interp::ops::type_name_of(&obj)
        ))
    })?;
    let pb = PickleBuffer(RefCell::new(Some(view)));
    Ok(Value::obj(alloc_instance(cls, NativeObj::traced(pb))))
}

/// The held view, or the error of a released buffer.
pub(crate) fn held(v: &Value) -> PyResult<Value> {
    payload::<PickleBuffer>(v)
        .and_then(|pb| pb.0.borrow().clone())
        .ok_or_else(|| error::value_error(RELEASED))
}

/// The vm's exporter hook: what `memoryview(pb)` views.
fn exported(v: &Value) -> PyResult<Value> {
    held(v)
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    let (v, _) = crate::support::this::<PickleBuffer>(args, name, picklebuffer_type())?;
    Ok(v)
}

/// `raw()`: a one-dimensional, unsigned-byte view of the whole buffer.
fn raw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = this(args, "raw")?;
    args.rest().exact("raw", 0)?;
    let view = held(me)?;
    let contiguous = view
        .as_obj()
        .and_then(|o| o.downcast::<MemoryView>())
        .is_some_and(|m| {
            let size = weft_vm::objects::memoryview_format::itemsize(m.format).unwrap_or(1);
            m.step == size as isize
        });
    if !contiguous {
        return Err(error::buffer_error(
            "cannot extract raw buffer from non-contiguous buffer",
        ));
    }
    let m = memoryview::memoryview_of(&view)?;
    let is_bytes = m
        .as_obj()
        .and_then(|o| o.downcast::<MemoryView>())
        .is_some_and(|mv| mv.format == b'B');
    if is_bytes {
        return Ok(m);
    }
    let cast = attr::getattr(vm, &m, "cast")?;
    call::call_value(vm, &cast, vec![pystr::new_str("B")])
}

/// `release()`: drops the held view, letting the wrapped object resize again.
fn release(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = this(args, "release")?;
    args.rest().exact("release", 0)?;
    let old = payload::<PickleBuffer>(me).and_then(|pb| pb.0.borrow_mut().take());
    // Dropping the view may run code (it ends an export); no borrow is held here.
    drop(old);
    Ok(Value::NONE)
}
