//! CPython's `wrap_codec_error` (`_PyErr_TrySetFromCause`) for codecs reached through the Python
//! registry: an exception that carries nothing but its class and at most one str argument is
//! replaced by one of the same class saying which codec failed, chained to it as `__cause__`.
//! Anything with more state (its own `__init__`/`__new__`, `__slots__`, other arguments, instance
//! attributes) passes unchanged, since rebuilding it could lose that state.
use crate::heap::{ObjRef, Value};
use crate::interp::error::PyErr;
use crate::interp::{exc, protocols, Vm};
use crate::objects::exception::ExceptionData;
use crate::objects::typeobj::{self, tdata};
use crate::objects::{instance, str as pystr, tuple};
use crate::text::codecs::Operation;

/// Whether instances of `ty` hold only what `BaseException` holds: its constructor and
/// initializer are `BaseException`'s and no `__slots__` add storage.
fn stateless_class(ty: &ObjRef) -> bool {
    let base = &crate::objects::types().base_exception;
    let same = |name: &str| {
        let mine = typeobj::lookup_str(ty, name);
        let theirs = typeobj::lookup_str(base, name);
        match (mine, theirs) {
            (Some(a), Some(b)) => a.bits() == b.bits(),
            _ => false,
        }
    };
    same("__init__") && same("__new__") && tdata(ty).slot_names.borrow().is_empty()
}

/// Whether the instance's arguments are `()` or one exact str, and it has no attributes.
fn stateless_instance(o: &ObjRef) -> bool {
    let Some(d) = o.downcast::<ExceptionData>() else {
        return false;
    };
    let args_ok = match tuple::as_tuple(&d.args.borrow()) {
        Some([]) => true,
        Some([a]) => a
            .as_obj()
            .is_some_and(|s| s.ty().is(&crate::objects::types().str)),
        _ => false,
    };
    args_ok && instance::attr_items(o).is_none_or(|items| items.is_empty())
}

/// `e`, re-raised as `VERB with 'ENCODING' codec failed (Class: str(e))` when it is stateless.
pub fn wrap_codec_error(vm: &mut Vm, e: PyErr, operation: Operation, encoding: &str) -> PyErr {
    let ty = e.ty();
    if !stateless_class(&ty) {
        return e;
    }
    let o = exc::normalize(vm, e);
    if !stateless_instance(&o) {
        return PyErr::raised(o);
    }
    let text = match protocols::str_value(vm, &Value::obj(o.clone())) {
        Ok(s) => pystr::as_str(&s).unwrap_or("").to_string(),
        Err(err) => return err,
    };
    let verb = match operation {
        Operation::Encoding => "encoding",
        Operation::Decoding => "decoding",
    };
    let msg = format!(
        "{verb} with '{encoding}' codec failed ({}: {text})",
        typeobj::type_name(&ty)
    );
    let new = exc::normalize(vm, PyErr::new(&ty, msg));
    if let Some(d) = new.downcast::<ExceptionData>() {
        *d.cause.borrow_mut() = Value::obj(o);
        d.suppress_context.set(true);
    }
    PyErr::from_obj(new)
}
