//! Payload-less singletons: `NotImplemented`, `Ellipsis` (and the namespace of `NoneType`, whose value is
//! inline).
use crate::heap::{Kind, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::Vm;
use crate::objects::builtin::Args;
use crate::objects::{str as pystr, typeobj, types};

pub struct Singleton;

impl Payload for Singleton {
    const KIND: Kind = Kind::Singleton;
}

/// The singleton a type's `__new__` returns, with the name its error message uses.
fn singleton_of(cls: &Value) -> (Value, &'static str) {
    let t = types();
    match typeobj::as_type(cls) {
        Some(c) if c.is(&t.not_implemented_type) => {
            (Value::obj(t.not_implemented.clone()), "NotImplementedType")
        }
        Some(c) if c.is(&t.ellipsis_type) => (Value::obj(t.ellipsis.clone()), "EllipsisType"),
        _ => (Value::NONE, "NoneType"),
    }
}

/// `type(None)()` is None (and likewise for the other singletons); arguments are refused.
fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, name) = singleton_of(args.this()?);
    let rest = args.rest();
    if !rest.is_empty() || rest.has_kwargs() {
        return Err(error::type_error(format!("{name} takes no arguments")));
    }
    Ok(v)
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this()?;
    let t = types();
    Ok(pystr::new_str(match v.as_obj() {
        Some(o) if o.is(&t.not_implemented) => "NotImplemented",
        Some(o) if o.is(&t.ellipsis) => "Ellipsis",
        _ => "None",
    }))
}

/// Pickled by name: the unpickler looks the builtin up.
fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    repr(vm, args)
}

fn bool_none(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::FALSE)
}

/// 3.11 warns (DeprecationWarning) and answers True; weft answers True.
fn bool_true(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::TRUE)
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    use crate::objects::register::*;
    let t = types();
    for ty in [&t.none_type, &t.not_implemented_type, &t.ellipsis_type] {
        statics(ty, &[("__new__", new)]);
        methods(ty, &[("__repr__", repr)]);
    }
    methods(&t.none_type, &[("__bool__", bool_none)]);
    // `None.__doc__` is None, not object's docstring.
    attrs(&t.none_type, vec![("__doc__", Value::NONE)]);
    methods(
        &t.not_implemented_type,
        &[("__bool__", bool_true), ("__reduce__", reduce)],
    );
    methods(&t.ellipsis_type, &[("__reduce__", reduce)]);
}
