//! `object`: instances of plain user classes carry no payload, only their attribute area.
use crate::heap::{Kind, Payload};

pub struct ObjectData;

impl Payload for ObjectData {
    const KIND: Kind = Kind::Object;
}

use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::{attr, call, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::typeobj::{self, tdata};
use crate::objects::{instance, str as pystr, types};

fn object_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this()?;
    let Some(c) = typeobj::as_type(cls) else {
        return Err(error::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            type_name_of(cls)
        )));
    };
    if !typeobj::is_subtype(c, &types().object) {
        return Err(error::type_error(
            "object.__new__(X): X is not a subtype of object",
        ));
    }
    let layout = tdata(c).layout;
    if layout != Kind::Object {
        return Err(error::type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            typeobj::type_name(c),
            typeobj::type_name(&crate::interp::builtin_types::layout_type(c))
        )));
    }
    if tdata(c).has(typeobj::tflag::ABSTRACT) {
        return Err(error::type_error(format!(
            "Can't instantiate abstract class {}",
            typeobj::type_name(c)
        )));
    }
    let rest = args.rest();
    if !rest.is_empty() || rest.has_kwargs() {
        if overrides(c, "__new__") {
            return Err(error::type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides(c, "__init__") {
            return Err(error::type_error(format!(
                "{}() takes no arguments",
                typeobj::type_name(c)
            )));
        }
    }
    Ok(Value::obj(crate::interp::typecall::new_instance(c)))
}

fn object_init(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?;
    let rest = args.rest();
    if !rest.is_empty() || rest.has_kwargs() {
        let ty = a_type(this);
        if overrides(&ty, "__init__") {
            return Err(error::type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overrides(&ty, "__new__") {
            return Err(error::type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                typeobj::type_name(&ty)
            )));
        }
    }
    Ok(Value::NONE)
}

/// Whether `ty` has its own `name` (`__new__`/`__init__`) rather than `object`'s.
fn overrides(ty: &crate::heap::ObjRef, name: &str) -> bool {
    typeobj::lookup_str(ty, name).is_some_and(|n| {
        !n.as_obj()
            .and_then(|o| o.downcast::<crate::objects::builtin::Builtin>())
            .is_some_and(|b| b.owner.as_ref().is_some_and(|t| t.is(&types().object)))
    })
}

/// `<module.Qual object at 0x...>`.
pub fn default_repr(v: &Value) -> String {
    let ty = a_type(v);
    let td = tdata(&ty);
    let module = td
        .dict
        .get_rs("__module__")
        .and_then(|m| pystr::as_str(&m).map(|s| s.to_string()));
    let addr = v.as_obj().map(|o| o.addr()).unwrap_or(v.bits() as usize);
    match module {
        Some(m) if m != "builtins" => {
            format!("<{}.{} object at {:#x}>", m, td.qualname.borrow(), addr)
        }
        _ => format!("<{} object at {:#x}>", td.qualname.borrow(), addr),
    }
}

fn object_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(pystr::new_string(default_repr(args.this()?)))
}

/// `object.__str__`: the type's `__repr__` result, unchecked (`str()` then complains about `__str__`).
fn object_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?;
    match typeobj::lookup_str(&a_type(this), "__repr__") {
        Some(m) => crate::interp::call::call_value(vm, &m, vec![this.clone()]),
        None => Ok(pystr::new_string(protocols::repr_string(vm, this)?)),
    }
}

fn object_eq(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__eq__", 2)?;
    if a[0].bits() == a[1].bits() {
        Ok(Value::TRUE)
    } else {
        Ok(Value::obj(types().not_implemented.clone()))
    }
}

fn object_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__ne__", 2)?;
    let ty = a_type(&a[0]);
    let eq = typeobj::lookup_str(&ty, "__eq__").ok_or_else(|| error::type_error("no __eq__"))?;
    // As `slot_tp_richcompare`: an `__eq__` descriptor that fails to bind means NotImplemented.
    let r = if call::is_plain_method(&eq) {
        call::call_value(vm, &eq, vec![a[0].clone(), a[1].clone()])?
    } else {
        match call::bind_special(vm, &eq, &a[0]) {
            Ok(f) => call::call_value(vm, &f, vec![a[1].clone()])?,
            Err(_) => return Ok(Value::obj(types().not_implemented.clone())),
        }
    };
    if crate::interp::ops::is_not_implemented(&r) {
        return Ok(r);
    }
    let b = crate::interp::ops::truthy(vm, &r)?;
    Ok(Value::bool(!b))
}

fn not_implemented2(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::obj(types().not_implemented.clone()))
}

fn object_hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this()?;
    let h = match v.as_obj() {
        Some(o) => crate::interp::ops::identity_hash(o),
        None => crate::interp::ops::builtin_hash(v).unwrap_or(0),
    };
    Ok(crate::objects::int::from_i64(h))
}

fn object_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__format__", 2)?;
    let spec = pystr::as_str(&a[1]).ok_or_else(|| {
        error::type_error(format!(
            "__format__() argument must be str, not {}",
            type_name_of(&a[1])
        ))
    })?;
    if !spec.is_empty() {
        return Err(error::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name_of(&a[0])
        )));
    }
    protocols::str_value(vm, &a[0])
}

fn object_getattribute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__getattribute__", 2)?;
    let Some(name) = a[1].as_obj().filter(|o| o.kind() == Kind::Str) else {
        return Err(error::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(&a[1])
        )));
    };
    let name = pystr::intern_obj(name);
    match attr::generic_getattr(vm, &a[0], &name)? {
        Some(f) => call::run_flow(vm, f),
        None => Err(attr::no_attribute(&a[0], &name)),
    }
}

fn object_setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__setattr__", 3)?;
    let Some(name) = a[1].as_obj().filter(|o| o.kind() == Kind::Str) else {
        return Err(error::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(&a[1])
        )));
    };
    hackcheck(&a[0], "__setattr__")?;
    attr::generic_setattr(vm, &a[0], &pystr::intern_obj(name), a[2].clone())?;
    Ok(Value::NONE)
}

fn object_delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__delattr__", 2)?;
    let Some(name) = a[1].as_obj().filter(|o| o.kind() == Kind::Str) else {
        return Err(error::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(&a[1])
        )));
    };
    hackcheck(&a[0], "__delattr__")?;
    attr::generic_delattr(vm, &a[0], &pystr::intern_obj(name))?;
    Ok(Value::NONE)
}

/// `object.__setattr__(x, ...)` may not skip the setter of a builtin type that `x`'s class extends
/// (`object.__setattr__(str, 'lower', f)` would bypass `type.__setattr__`): CPython's `hackcheck`.
fn hackcheck(obj: &Value, what: &str) -> PyResult<()> {
    let key = if what == "__setattr__" {
        crate::interned!("__setattr__")
    } else {
        crate::interned!("__delattr__")
    };
    let ty = a_type(obj);
    if ty.is(&types().object) {
        return Ok(());
    }
    let mut cur = Some(ty.clone());
    while let Some(t) = cur {
        let td = tdata(&t);
        if !td.has(typeobj::tflag::HEAPTYPE) {
            let own = td.dict.get_str(key).and_then(|f| {
                f.as_obj()
                    .and_then(|o| o.downcast::<crate::objects::builtin::Builtin>())
                    .map(|b| b.owner.as_ref().is_some_and(|o| o.is(&types().object)))
            });
            if own == Some(false) {
                return Err(error::type_error(format!(
                    "can't apply this {what} to {} object",
                    typeobj::type_name(&ty)
                )));
            }
            return Ok(());
        }
        cur = td.base.borrow().clone();
    }
    Ok(())
}

fn object_init_subclass(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.has_kwargs() || args.len() > 1 {
        let cls = args
            .this()
            .ok()
            .and_then(typeobj::as_type)
            .map(typeobj::type_name)
            .unwrap_or_default();
        return Err(error::type_error(format!(
            "{cls}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::NONE)
}

fn object_dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?;
    let d = crate::objects::dict::new_dict();
    let dd = d
        .downcast::<crate::objects::dict::Dict>()
        .expect("new dict");
    if let Some(o) = this.as_obj() {
        if let Some(idict) = instance::dict_of(o) {
            if let Some(id) = idict.downcast::<crate::objects::dict::Dict>() {
                for k in id.keys() {
                    dd.set(vm, k, Value::NONE)?;
                }
            }
        }
    }
    let ty = a_type(this);
    for m in tdata(&ty).mro.borrow().iter() {
        for k in tdata(m).dict.keys() {
            dd.set(vm, k, Value::NONE)?;
        }
    }
    Ok(crate::objects::list::new_list(dd.keys()))
}

fn object_sizeof(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?;
    let n = match this.as_obj() {
        Some(o) => crate::heap::alloc_size(o),
        None => 24,
    };
    Ok(crate::objects::int::from_i64(n as i64))
}

fn get_class(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::obj(a_type(v)))
}

fn set_class(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else {
        return Err(error::type_error("can't delete __class__ attribute"));
    };
    let Some(nt) = typeobj::as_type(&new) else {
        return Err(error::type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            type_name_of(&new)
        )));
    };
    let Some(o) = v.as_obj() else {
        return Err(error::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    };
    let old = o.ty().clone();
    let (ot, ntd) = (tdata(&old), tdata(nt));
    let module = &types().module;
    let modules = typeobj::is_subtype(&old, module) && typeobj::is_subtype(nt, module);
    if !modules && (!ot.has(typeobj::tflag::HEAPTYPE) || !ntd.has(typeobj::tflag::HEAPTYPE)) {
        return Err(error::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if ot.layout != ntd.layout {
        return Err(error::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            typeobj::type_name(nt),
            typeobj::type_name(&old)
        )));
    }
    crate::objects::layout_compat::check(&old, nt, "__class__")?;
    // Attributes move to dict mode: maps belong to the old class.
    let _ = instance::dict_of(o);
    o.set_ty(nt.clone());
    Ok(())
}

fn get_dict(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    // A class's or module's namespace, as their own `__dict__` gives it (a metaclass or module
    // subclass may inherit this descriptor from a plain class too).
    if let Some(o) = v.as_obj() {
        match o.kind() {
            Kind::Type => return Ok(typeobj::dict_proxy(o)),
            Kind::Module => return Ok(Value::obj(crate::objects::module::module_dict_obj(o))),
            _ => {}
        }
    }
    match v.as_obj().and_then(instance::dict_of) {
        Some(d) => Ok(Value::obj(d)),
        None => Err(error::attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            type_name_of(v)
        ))),
    }
}

fn set_dict(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    // Classes and modules keep their namespace (CPython delegates to their builtin base's `__dict__`).
    match v.as_obj().map(|o| o.kind()) {
        Some(Kind::Type) => {
            return Err(error::attribute_error(
                "attribute '__dict__' of 'type' objects is not writable",
            ))
        }
        Some(Kind::Module) => return Err(error::attribute_error("readonly attribute")),
        _ => {}
    }
    // Deleting the dict leaves the instance a fresh empty one (CPython clears it, and makes one on
    // next use).
    let new = new.unwrap_or_else(|| Value::obj(crate::objects::dict::new_dict()));
    let Some(d) = new.as_obj().filter(|o| o.kind() == Kind::Dict) else {
        return Err(error::type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            type_name_of(&new)
        )));
    };
    match v.as_obj() {
        Some(o) if instance::set_dict(o, d.clone()) => Ok(()),
        _ => Err(error::attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            type_name_of(v)
        ))),
    }
}

/// The namespace of `object`.
pub fn register() {
    use crate::objects::register::*;
    let t = &types().object;
    statics(t, &[("__new__", object_new)]);
    methods(
        t,
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__lt__", not_implemented2),
            ("__le__", not_implemented2),
            ("__gt__", not_implemented2),
            ("__ge__", not_implemented2),
            ("__hash__", object_hash),
            ("__format__", object_format),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__dir__", object_dir),
            ("__sizeof__", object_sizeof),
        ],
    );
    classmethods(
        t,
        &[
            ("__init_subclass__", object_init_subclass),
            ("__subclasshook__", not_implemented2),
        ],
    );
    getsets(t, &[("__class__", get_class, Some(set_class))]);
    attrs(t, vec![("__doc__", pystr::new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"))]);
    // `__dict__` is provided per class (types with a __dict__ get it in `new_class`).
    let _ = (get_dict, set_dict);
}

/// The `__dict__` descriptor classes with instance dicts carry.
pub fn dict_descriptor() -> Value {
    crate::objects::descriptors_native::getset("__dict__", get_dict, Some(set_dict))
}

/// The `__dict__` descriptor of a native type whose instances always keep a dict (greenlet's
/// `green_setdict`): it can be replaced, not deleted.
pub fn kept_dict_descriptor() -> Value {
    crate::objects::descriptors_native::getset("__dict__", get_dict, Some(set_kept_dict))
}

fn set_kept_dict(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    if new.is_none() {
        return Err(error::type_error("__dict__ may not be deleted"));
    }
    set_dict(vm, v, new)
}

fn get_weakref(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// The `__weakref__` descriptor of classes whose instances take weak references.
pub fn weakref_descriptor() -> Value {
    crate::objects::descriptors_native::getset("__weakref__", get_weakref, None)
}
