//! Filling the builtin types' namespaces with their methods (each type file has a `register` at its end).
use crate::heap::{ObjRef, Value};
use crate::objects::builtin::{new_builtin, BuiltinKind, NativeFn};
use crate::objects::descriptors_native::{getset, Getter, Setter};
use crate::objects::typeobj::tdata;

/// Adds method descriptors.
pub fn methods(ty: &ObjRef, defs: &[(&'static str, NativeFn)]) {
    for (name, f) in defs {
        let b = new_builtin(name, *f, BuiltinKind::Method, Some(ty.clone()));
        b.make_immortal();
        tdata(ty).dict.set_rs(name, Value::obj(b));
    }
}

/// Adds class methods (`dict.fromkeys`, `int.from_bytes`).
pub fn classmethods(ty: &ObjRef, defs: &[(&'static str, NativeFn)]) {
    for (name, f) in defs {
        let b = new_builtin(name, *f, BuiltinKind::ClassMethod, Some(ty.clone()));
        b.make_immortal();
        tdata(ty).dict.set_rs(name, Value::obj(b));
    }
}

/// Adds `__new__`, which takes the class explicitly (CPython's `tp_new` wrapper, a builtin whose
/// `__self__` is the type).
pub fn statics(ty: &ObjRef, defs: &[(&'static str, NativeFn)]) {
    for (name, f) in defs {
        let b = new_builtin(name, *f, BuiltinKind::Static, Some(ty.clone()));
        b.make_immortal();
        tdata(ty).dict.set_rs(name, Value::obj(b));
    }
}

/// Adds computed attributes.
pub fn getsets(ty: &ObjRef, defs: &[(&'static str, Getter, Option<Setter>)]) {
    for (name, g, s) in defs {
        let d = getset(name, *g, *s);
        if let Some(o) = d.as_obj() {
            o.make_immortal();
        }
        if !crate::objects::descriptors_native::builtin_type_list()
            .iter()
            .any(|t| t.is(ty))
        {
            crate::objects::descriptors_native::set_builtin_owner(&d, ty);
        }
        tdata(ty).dict.set_rs(name, d);
    }
}

/// Adds read-only members (CPython's `T_OBJECT` + `READONLY` fields).
pub fn readonly_members(ty: &ObjRef, defs: &[(&'static str, Getter)]) {
    for (name, g) in defs {
        let d = crate::objects::descriptors_native::readonly_member(name, *g);
        if let Some(o) = d.as_obj() {
            o.make_immortal();
        }
        tdata(ty).dict.set_rs(name, d);
    }
}

/// Sets plain class attributes.
pub fn attrs(ty: &ObjRef, defs: Vec<(&'static str, Value)>) {
    for (name, v) in defs {
        tdata(ty).dict.set_rs(name, v);
    }
}

/// Registers every builtin type's namespace (once per process).
pub fn register_all() {
    use crate::objects::*;
    object::register();
    object_reduce::register();
    typeobj::register();
    crate::interp::builtins_exc::register();
    int::register();
    float::register();
    complex::register();
    str::register();
    bytes::register();
    bytearray::register();
    list::register();
    tuple::register();
    dict::register();
    set::register();
    range::register();
    slice::register();
    dictview::register();
    mappingproxy::register();
    iterators::register();
    memoryview::register();
    function::register();
    method::register();
    descriptors::register();
    superobj::register();
    cell::register();
    code::register();
    frameobj::register();
    traceback::register();
    generator::register();
    module::register();
    singleton::register();
    builtin::register();
    descriptors_native::register();
    // Like CPython's static types, each builtin type has its own `__doc__` (None when undocumented) rather
    // than inheriting `object`'s.
    for t in descriptors_native::builtin_type_list() {
        let td = tdata(t);
        if !td.has(typeobj::tflag::EXCEPTION) && td.dict.get_rs("__doc__").is_none() {
            td.dict.set_rs("__doc__", Value::NONE);
        }
    }
}

/// Adds static methods (CPython's `METH_STATIC`: `str.maketrans`): builtins wrapped in a
/// `staticmethod` in the type's dict, so that the dict entry, like CPython's, does not pickle.
pub fn static_methods(ty: &ObjRef, defs: &[(&'static str, NativeFn)]) {
    for (name, f) in defs {
        let b = new_builtin(name, *f, BuiltinKind::StaticMethod, Some(ty.clone()));
        b.make_immortal();
        let sm = crate::objects::descriptors::new_staticmethod(Value::obj(b));
        if let Some(o) = sm.as_obj() {
            o.make_immortal();
        }
        tdata(ty).dict.set_rs(name, sm);
    }
}
