//! What the native types of `_collections`, `_functools`, `_operator`, `_heapq` and `_bisect` share:
//! creating a native type object, reaching a payload, and comparisons through the vm's re-entrant,
//! depth-counted rich comparison.
use std::any::Any;
use weft_vm::compiler::bytecode::CmpOp;
use weft_vm::heap::{Kind, ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, ops, Vm};
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::typeobj::{self, tdata, tflag, TypeData};
use weft_vm::objects::{str as pystr, types};

/// A builtin-style type (immortal, not a heap type) whose instances carry a native payload. `tp_name` is
/// dotted as CPython's (`collections.deque`: messages name the type so, `__name__` is the last part);
/// `subclassable` sets `Py_TPFLAGS_BASETYPE`.
pub(crate) fn native_type(tp_name: &'static str, subclassable: bool) -> ObjRef {
    let t = types();
    let flags = if subclassable { tflag::BASETYPE } else { 0 };
    let ty = weft_vm::heap::alloc(
        &t.type_,
        TypeData::native(tp_name, Kind::Native, flags),
        None,
    );
    ty.make_immortal();
    let (module, name) = tp_name.rsplit_once('.').unwrap_or(("builtins", tp_name));
    let td = tdata(&ty);
    *td.qualname.borrow_mut() = name.to_string();
    *td.bases.borrow_mut() = vec![t.object.clone()];
    *td.base.borrow_mut() = Some(t.object.clone());
    *td.mro.borrow_mut() = vec![ty.clone(), t.object.clone()];
    td.dict.set_rs("__module__", pystr::new_str(module));
    td.dict.set_rs("__doc__", Value::NONE);
    ty
}

/// Sets a type's `__doc__`.
pub(crate) fn set_doc(ty: &ObjRef, doc: &str) {
    tdata(ty).dict.set_rs("__doc__", pystr::new_str(doc));
}

/// The payload `T` of a native object.
pub(crate) fn payload<T: Any>(v: &Value) -> Option<&T> {
    v.as_obj()?.downcast::<NativeObj>()?.get::<T>()
}

/// `self` of method `name` of type `owner` whose payload is `T`, with CPython's receiver errors.
pub(crate) fn this<'a, T: Any>(
    args: &Args<'a>,
    name: &str,
    owner: &ObjRef,
) -> PyResult<(&'a Value, &'a T)> {
    if let Some(v) = args.all.first() {
        if let Some(p) = payload::<T>(v) {
            return Ok((v, p));
        }
    }
    Err(receiver_error(args, name, owner))
}

#[cold]
fn receiver_error(args: &Args, name: &str, owner: &ObjRef) -> error::PyErr {
    let oname = typeobj::type_name(owner);
    let slot = weft_vm::objects::method_support::is_slot_wrapper(name);
    let Some(v) = args.all.first() else {
        return error::type_error(if slot {
            format!("descriptor '{name}' of '{oname}' object needs an argument")
        } else {
            let qualname = typeobj::qualname(owner);
            format!("unbound method {qualname}.{name}() needs an argument")
        });
    };
    error::type_error(if slot {
        format!(
            "descriptor '{name}' requires a '{oname}' object but received a '{}'",
            ops::type_name_of(v)
        )
    } else {
        format!(
            "descriptor '{name}' for '{oname}' objects doesn't apply to a '{}' object",
            ops::type_name_of(v)
        )
    })
}

/// Whether `v`'s type is `ty` or a subclass.
pub(crate) fn is_instance(v: &Value, ty: &ObjRef) -> bool {
    v.as_obj()
        .is_some_and(|o| o.ty().is(ty) || typeobj::is_subtype(o.ty(), ty))
}

/// `a <op> b` as a value (`PyObject_RichCompare`).
pub(crate) fn rich(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(r) = ops::compare_fast(op, a, b) {
        return Ok(Value::bool(r));
    }
    let f = ops::compare(vm, op, a.clone(), b.clone())?;
    call::run_flow(vm, f)
}

/// `a <op> b` as a bool (`PyObject_RichCompareBool` without the identity shortcut, as heapq and bisect
/// use `<`).
pub(crate) fn rich_bool(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = ops::compare_fast(op, a, b) {
        return Ok(r);
    }
    let r = rich(vm, op, a, b)?;
    ops::truthy(vm, &r)
}

/// `a < b`.
pub(crate) fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    rich_bool(vm, CmpOp::Lt, a, b)
}

/// A module named `name` holding native functions with their docstrings.
pub(crate) fn module_with_docs(
    name: &str,
    fns: &[(&'static str, NativeFn, &'static str)],
) -> ObjRef {
    let m = weft_vm::objects::module::new_module(name);
    for (n, f, doc) in fns {
        crate::add_function(&m, n, *f, Some(doc));
    }
    m
}

/// `__new__` of a type Python code cannot instantiate (CPython's `Py_TPFLAGS_DISALLOW_INSTANTIATION`).
pub(crate) fn no_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = args
        .all
        .first()
        .and_then(typeobj::as_type)
        .map(typeobj::type_name)
        .unwrap_or_default();
    Err(error::type_error(format!(
        "cannot create '{name}' instances"
    )))
}

/// Gives the methods `defs` names in `ty`'s namespace their docstrings (the registration tables stay
/// undocumented; CPython's method tables carry the text).
pub(crate) fn method_docs(ty: &ObjRef, defs: &[(&'static str, &'static str)]) {
    use weft_vm::objects::builtin::{new_builtin_doc, Builtin};
    let td = tdata(ty);
    for (name, doc) in defs {
        let Some(old) = td.dict.get_rs(name) else {
            continue;
        };
        let Some(b) = old.as_obj().and_then(|o| o.downcast::<Builtin>()) else {
            continue;
        };
        let new = new_builtin_doc(b.name, b.func, b.kind, b.owner.clone(), Some(doc));
        new.make_immortal();
        td.dict.set_rs(name, Value::obj(new));
    }
}

/// `__reduce__` of native types whose state has no Python form: CPython's `object.__reduce_ex__`
/// refuses objects with a C layout so. Only `__reduce__` is defined, so a Python subclass that
/// defines its own `__reduce__` (`random.Random`) still pickles.
fn cannot_pickle(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = args
        .all
        .first()
        .map(|v| typeobj::type_name(&ops::a_type(v)))
        .unwrap_or_default();
    Err(error::type_error(format!("cannot pickle '{name}' object")))
}

/// Makes instances of `ty` refuse pickling and copying.
pub(crate) fn refuse_pickling(ty: &ObjRef) {
    weft_vm::objects::register::methods(ty, &[("__reduce__", cannot_pickle)]);
}
