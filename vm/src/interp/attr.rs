//! The attribute protocol: `object.__getattribute__`, `type.__getattribute__`, `__setattr__`,
//! `__delattr__`, descriptors, and `LoadMethod`'s shortcut that avoids creating bound methods.
use crate::heap::{Kind, ObjRef, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::then::Then;
use crate::interp::{call, Flow, Vm};
use crate::objects::builtin::{Builtin, BuiltinKind};
use crate::objects::typeobj::{self, lookup, tdata, tflag};
use crate::objects::{self, descriptors, dict::Dict, instance, str as pystr, types};

/// What `LoadMethod` found.
pub enum Method {
    /// A function to call with the object as first argument.
    Unbound(Value, Value),
    /// A plain attribute (or a frame computing it).
    Attr(Flow),
}

/// Attribute loads that need no descriptor call: instance attributes of plain user classes and module
/// globals.
#[inline]
pub fn load_attr_fast(obj: &Value, name: &ObjRef) -> Option<Value> {
    let o = obj.as_obj()?;
    match o.kind() {
        Kind::Object => {
            let ty = o.ty();
            let t = tdata(ty);
            if t.has(tflag::CUSTOM_GETATTRIBUTE) {
                return None;
            }
            // A data descriptor on the type wins over the instance attribute.
            let d = lookup(ty, name);
            if let Some(d) = &d {
                if is_data_descriptor(d) {
                    return None;
                }
            }
            match instance::get(o, name) {
                Some(v) => Some(v),
                None => match d {
                    Some(d) if is_plain_value(&d) => Some(d),
                    _ => None,
                },
            }
        }
        Kind::Module => {
            let v = objects::module::module_dict(o)?.get_str(name)?;
            if o.ty().is(&types().module) {
                Some(v)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Whether a class attribute is returned as is (not a descriptor).
fn is_plain_value(v: &Value) -> bool {
    match v.as_obj() {
        None => true,
        Some(o) => match o.kind() {
            Kind::Function
            | Kind::Builtin
            | Kind::Property
            | Kind::ClassMethod
            | Kind::StaticMethod => false,
            Kind::Int
            | Kind::Str
            | Kind::Tuple
            | Kind::Float
            | Kind::Bytes
            | Kind::Type
            | Kind::Module => !tdata(o.ty()).has(tflag::USER_SPECIALS),
            _ => {
                !tdata(o.ty()).has(tflag::USER_SPECIALS)
                    && lookup(o.ty(), crate::interned!("__get__")).is_none()
            }
        },
    }
}

/// Whether `d` defines `__set__` or `__delete__`.
pub fn is_data_descriptor(d: &Value) -> bool {
    let Some(o) = d.as_obj() else { return false };
    match o.kind() {
        Kind::Property => true,
        Kind::Function
        | Kind::Builtin
        | Kind::ClassMethod
        | Kind::StaticMethod
        | Kind::Int
        | Kind::Str
        | Kind::Tuple => false,
        _ => {
            let ty = o.ty();
            if !tdata(ty).has(tflag::USER_SPECIALS) && !matches!(o.kind(), Kind::Native) {
                return false;
            }
            lookup(ty, crate::interned!("__set__")).is_some()
                || lookup(ty, crate::interned!("__delete__")).is_some()
        }
    }
}

/// `descr.__get__(obj, ty)` for the common descriptor kinds; `None` when `descr` is no descriptor.
pub fn descr_get(vm: &mut Vm, descr: &Value, obj: &Value, ty: &ObjRef) -> PyResult<Option<Flow>> {
    let Some(d) = descr.as_obj() else {
        return Ok(None);
    };
    match d.kind() {
        Kind::Function => {
            if obj.is_null() || obj.is_none() && !ty.is(&types().none_type) {
                return Ok(Some(Flow::Value(descr.clone())));
            }
            Ok(Some(Flow::Value(objects::method::new_method(
                descr.clone(),
                obj.clone(),
            ))))
        }
        Kind::Builtin => {
            let b = d.downcast::<Builtin>().expect("kind checked");
            match b.kind {
                BuiltinKind::Method if !obj.is_null() => Ok(Some(Flow::Value(
                    objects::builtin::bind_builtin(b, obj.clone()),
                ))),
                BuiltinKind::ClassMethod => Ok(Some(Flow::Value(objects::builtin::bind_builtin(
                    b,
                    Value::obj(ty.clone()),
                )))),
                _ => Ok(Some(Flow::Value(descr.clone()))),
            }
        }
        Kind::ClassMethod => {
            let f = d
                .downcast::<descriptors::ClassMethod>()
                .expect("kind checked")
                .func
                .borrow()
                .clone();
            // 3.11: classmethod wraps descriptors too (chained `__get__(cls, cls)`: a classmethod property).
            let cls = Value::obj(ty.clone());
            if f.as_obj()
                .is_some_and(|o| !matches!(o.kind(), Kind::Function | Kind::Builtin))
            {
                if let Some(flow) = descr_get(vm, &f, &cls, ty)? {
                    return Ok(Some(flow));
                }
            }
            Ok(Some(Flow::Value(objects::method::new_method(f, cls))))
        }
        Kind::StaticMethod => Ok(Some(Flow::Value(
            d.downcast::<descriptors::StaticMethod>()
                .expect("kind checked")
                .func
                .borrow()
                .clone(),
        ))),
        Kind::Property => {
            if obj.is_null() {
                return Ok(Some(Flow::Value(descr.clone())));
            }
            let p = d.downcast::<descriptors::Property>().expect("kind checked");
            let fget = p.fget.borrow().clone();
            if fget.is_none() || fget.is_null() {
                let name = p.name.borrow().clone();
                let msg = match pystr::as_str(&name) {
                    Some(n) => format!(
                        "property '{}' of '{}' object has no getter",
                        n,
                        typeobj::type_name(ty)
                    ),
                    None => "unreadable attribute".to_string(),
                };
                return Err(error::attribute_error(msg));
            }
            Ok(Some(call::call_with_then(
                vm,
                &fget,
                vec![obj.clone()],
                Then::Push,
            )?))
        }
        _ => {
            let dty = d.ty().clone();
            // An unbound `super(T)` binds to the instance it is found through (`super.__get__`).
            if !tdata(&dty).has(tflag::USER_SPECIALS)
                && !matches!(d.kind(), Kind::Native | Kind::Super)
            {
                return Ok(None);
            }
            match lookup(&dty, crate::interned!("__get__")) {
                Some(g) => {
                    let o = if obj.is_null() {
                        Value::NONE
                    } else {
                        obj.clone()
                    };
                    Ok(Some(call::call_with_then(
                        vm,
                        &g,
                        vec![descr.clone(), o, Value::obj(ty.clone())],
                        Then::Push,
                    )?))
                }
                None => Ok(None),
            }
        }
    }
}

#[cold]
pub fn no_attribute(obj: &Value, name: &ObjRef) -> PyErr {
    let n = pystr::as_str(&Value::obj(name.clone()))
        .unwrap_or("")
        .to_string();
    let msg = match obj.as_obj() {
        Some(o) if o.kind() == Kind::Type => format!(
            "type object '{}' has no attribute '{}'",
            typeobj::type_name(o),
            n
        ),
        Some(o) if o.kind() == Kind::Module => {
            let mname = objects::module::module_dict(o).and_then(|d| d.get_rs("__name__"));
            match mname.as_ref().and_then(pystr::as_str) {
                Some(m) => format!("module '{m}' has no attribute '{n}'"),
                None => format!("module has no attribute '{n}'"),
            }
        }
        _ => format!(
            "'{}' object has no attribute '{}'",
            crate::interp::ops::type_name_of(obj),
            n
        ),
    };
    crate::interp::exc::attribute_error_with(msg, obj.clone(), Value::obj(name.clone()))
}

/// `getattr(obj, name)` as the loop needs it: the value, or a frame computing it.
pub fn load_attr(vm: &mut Vm, obj: Value, name: &ObjRef, _method: bool) -> PyResult<Flow> {
    let ty = crate::interp::ops::a_type(&obj);
    let t = tdata(&ty);
    if t.has(tflag::CUSTOM_GETATTRIBUTE) {
        if let Some(ga) = lookup(&ty, crate::interned!("__getattribute__")) {
            let then = if t.has(tflag::HAS_GETATTR) {
                Then::GetAttrFallback {
                    obj: obj.clone(),
                    name: Value::obj(name.clone()),
                    method: false,
                }
            } else {
                Then::Push
            };
            let r =
                call::call_special_then(vm, &ga, vec![obj.clone(), Value::obj(name.clone())], then);
            return match r {
                Err(e)
                    if t.has(tflag::HAS_GETATTR)
                        && crate::interp::exc::matches_type(&e, &types().attribute_error) =>
                {
                    getattr_hook(vm, obj, name)
                }
                other => other,
            };
        }
    }
    match generic_getattr(vm, &obj, name) {
        Ok(Some(Flow::Value(v))) => Ok(Flow::Value(v)),
        // A descriptor's Python `__get__` (a property, say) raising AttributeError also falls back to
        // `__getattr__`.
        Ok(Some(Flow::Frame(fr))) if t.has(tflag::HAS_GETATTR) => Ok(with_fallback(fr, obj, name)),
        Ok(Some(Flow::Pending)) if t.has(tflag::HAS_GETATTR) => match vm.pending_frame.take() {
            Some(fr) => Ok(with_fallback(fr, obj, name)),
            None => Err(error::system_error("lost pending frame")),
        },
        Ok(Some(f)) => Ok(f),
        Ok(None) => {
            if t.has(tflag::HAS_GETATTR) {
                getattr_hook(vm, obj, name)
            } else {
                Err(no_attribute(&obj, name))
            }
        }
        Err(e) => {
            if t.has(tflag::HAS_GETATTR)
                && crate::interp::exc::matches_type(&e, &types().attribute_error)
            {
                getattr_hook(vm, obj, name)
            } else {
                Err(e)
            }
        }
    }
}

fn with_fallback(mut frame: Box<crate::interp::frame::Frame>, obj: Value, name: &ObjRef) -> Flow {
    if matches!(frame.then, Then::Push) {
        frame.then = Then::GetAttrFallback {
            obj,
            name: Value::obj(name.clone()),
            method: false,
        };
    }
    Flow::Frame(frame)
}

fn getattr_hook(vm: &mut Vm, obj: Value, name: &ObjRef) -> PyResult<Flow> {
    let ty = crate::interp::ops::a_type(&obj);
    match lookup(&ty, crate::interned!("__getattr__")) {
        Some(g) => {
            let name = Value::obj(name.clone());
            let then = Then::AttrContext {
                obj: obj.clone(),
                name: name.clone(),
            };
            call::call_special_then(vm, &g, vec![obj.clone(), name.clone()], then)
                .map_err(|e| crate::interp::exc::attribute_error_context(vm, e, &obj, &name))
        }
        None => Err(no_attribute(&obj, name)),
    }
}

/// `object.__getattribute__` (and `type.__getattribute__` for classes); `Ok(None)` when not found.
pub fn generic_getattr(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<Option<Flow>> {
    if let Some(o) = obj.as_obj() {
        if o.kind() == Kind::Type {
            return type_getattr(vm, o, name);
        }
    }
    let ty = crate::interp::ops::a_type(obj);
    let descr = lookup(&ty, name);
    if let Some(d) = &descr {
        if is_data_descriptor(d) {
            if let Some(f) = descr_get(vm, d, obj, &ty)? {
                return Ok(Some(f));
            }
        }
    }
    if let Some(o) = obj.as_obj() {
        if let Some(v) = instance_attr(o, name) {
            return Ok(Some(Flow::Value(v)));
        }
        if let Some(v) = colliding_instance_attr(vm, o, name)? {
            return Ok(Some(Flow::Value(v)));
        }
    }
    match descr {
        Some(d) => match descr_get(vm, &d, obj, &ty)? {
            Some(f) => Ok(Some(f)),
            None => Ok(Some(Flow::Value(d))),
        },
        None => Ok(None),
    }
}

/// The instance attribute that a key of another kind (hashing like `name`) stands for by its `__eq__`,
/// as CPython's dict lookup finds it; `instance_attr` compares str keys only.
#[cold]
fn colliding_instance_attr(vm: &mut Vm, o: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
    let Some(d) = instance::dict_in_use(o) else {
        return Ok(None);
    };
    match d.downcast::<Dict>() {
        Some(dd) if dd.str_lookup_needs_eq(name) => dd.get(vm, &Value::obj(name.clone())),
        _ => Ok(None),
    }
}

/// The object's own attribute: instance map/dict, module namespace, function `__dict__`.
pub fn instance_attr(o: &ObjRef, name: &ObjRef) -> Option<Value> {
    if let Some(v) = instance::get(o, name) {
        return Some(v);
    }
    match o.kind() {
        Kind::Module => objects::module::module_dict(o).and_then(|d| d.get_str(name)),
        Kind::Function => {
            let f = o.downcast::<objects::function::Function>()?;
            let d = f.dict.borrow().clone()?;
            d.downcast::<Dict>().and_then(|dd| dd.get_str(name))
        }
        _ => None,
    }
}

/// `type.__getattribute__`.
fn type_getattr(vm: &mut Vm, cls: &ObjRef, name: &ObjRef) -> PyResult<Option<Flow>> {
    let meta = cls.ty().clone();
    let meta_attr = lookup(&meta, name);
    if let Some(m) = &meta_attr {
        if is_data_descriptor(m) {
            if let Some(f) = descr_get(vm, m, &Value::obj(cls.clone()), &meta)? {
                return Ok(Some(f));
            }
        }
    }
    if let Some(a) = typeobj::lookup_with_eq(vm, cls, name)? {
        if let Some(ao) = a.as_obj() {
            match ao.kind() {
                Kind::Function => return Ok(Some(Flow::Value(a))),
                Kind::Builtin => {
                    let b = ao.downcast::<Builtin>().expect("kind checked");
                    if b.kind == BuiltinKind::ClassMethod {
                        return Ok(Some(Flow::Value(objects::builtin::bind_builtin(
                            b,
                            Value::obj(cls.clone()),
                        ))));
                    }
                    return Ok(Some(Flow::Value(a)));
                }
                Kind::Property => return Ok(Some(Flow::Value(a))),
                _ => {}
            }
        }
        if let Some(f) = descr_get(vm, &a, &Value::NULL, cls)? {
            return Ok(Some(f));
        }
        return Ok(Some(Flow::Value(a)));
    }
    match meta_attr {
        Some(m) => match descr_get(vm, &m, &Value::obj(cls.clone()), &meta)? {
            Some(f) => Ok(Some(f)),
            None => Ok(Some(Flow::Value(m))),
        },
        None => Ok(None),
    }
}

/// `LoadMethod`: a function found on the type is returned unbound with the object, avoiding a bound method.
pub fn load_method(vm: &mut Vm, obj: Value, name: &ObjRef) -> PyResult<Method> {
    let ty = crate::interp::ops::a_type(&obj);
    let t = tdata(&ty);
    if !t.has(tflag::CUSTOM_GETATTRIBUTE) && obj.as_obj().is_none_or(|o| o.kind() != Kind::Type) {
        if let Some(d) = lookup(&ty, name) {
            let is_method = match d.as_obj() {
                Some(o) if o.kind() == Kind::Function => true,
                Some(o) if o.kind() == Kind::Builtin => o
                    .downcast::<Builtin>()
                    .is_some_and(|b| b.kind == BuiltinKind::Method),
                _ => false,
            };
            if is_method {
                let shadowed = obj.as_obj().and_then(|o| instance_attr(o, name));
                return Ok(match shadowed {
                    Some(v) => Method::Attr(Flow::Value(v)),
                    None => Method::Unbound(d, obj),
                });
            }
        }
    }
    Ok(Method::Attr(load_attr(vm, obj, name, true)?))
}

/// `setattr(obj, name, value)`; a Python `__setattr__` or `__set__` becomes a frame.
pub fn store_attr(vm: &mut Vm, obj: &Value, name: &ObjRef, value: Value) -> PyResult<Flow> {
    let ty = crate::interp::ops::a_type(obj);
    let t = tdata(&ty);
    if t.has(tflag::CUSTOM_SETATTR) {
        if let Some(sa) = lookup(&ty, crate::interned!("__setattr__")) {
            if !is_object_setattr(&sa) {
                return call::call_special_then(
                    vm,
                    &sa,
                    vec![obj.clone(), Value::obj(name.clone()), value],
                    Then::Discard,
                );
            }
        }
    }
    generic_setattr(vm, obj, name, value).map(|_| Flow::Value(Value::NONE))
}

fn is_object_setattr(v: &Value) -> bool {
    v.as_obj()
        .and_then(|o| o.downcast::<Builtin>())
        .is_some_and(|b| {
            b.name == "__setattr__" && b.owner.as_ref().is_some_and(|t| t.is(&types().object))
        })
}

/// `object.__setattr__`.
pub fn generic_setattr(vm: &mut Vm, obj: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
    let ty = crate::interp::ops::a_type(obj);
    if let Some(o) = obj.as_obj() {
        if o.kind() == Kind::Type {
            return crate::interp::typecall::type_setattr(vm, o, name, value);
        }
    }
    if let Some(d) = lookup(&ty, name) {
        if let Some(dobj) = d.as_obj() {
            if dobj.kind() == Kind::Property {
                let p = dobj
                    .downcast::<descriptors::Property>()
                    .expect("kind checked");
                let fset = p.fset.borrow().clone();
                if fset.is_none() || fset.is_null() {
                    let pname = p.name.borrow().clone();
                    let msg = match pystr::as_str(&pname) {
                        Some(n) => format!(
                            "property '{}' of '{}' object has no setter",
                            n,
                            typeobj::type_name(&ty)
                        ),
                        None => "can't set attribute".to_string(),
                    };
                    return Err(error::attribute_error(msg));
                }
                call::call_value(vm, &fset, vec![obj.clone(), value])?;
                return Ok(());
            }
            if is_data_descriptor(&d) {
                if let Some(s) = lookup(dobj.ty(), crate::interned!("__set__")) {
                    call::call_value(vm, &s, vec![d.clone(), obj.clone(), value])?;
                    return Ok(());
                }
                // Only `__delete__`: CPython's slot lookup of the missing `__set__` fails.
                return Err(error::attribute_error("__set__"));
            }
        }
    }
    if let Some(o) = obj.as_obj() {
        if instance::set(o, name, value.clone()) {
            return Ok(());
        }
        match o.kind() {
            Kind::Module => {
                if let Some(d) = objects::module::module_dict(o) {
                    d.set_str(name, value);
                    return Ok(());
                }
            }
            Kind::Function => {
                if let Some(f) = o.downcast::<objects::function::Function>() {
                    let d = f
                        .dict
                        .borrow_mut()
                        .get_or_insert_with(objects::dict::new_dict)
                        .clone();
                    if let Some(dd) = d.downcast::<Dict>() {
                        dd.set_str(name, value);
                    }
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    let n = pystr::as_str(&Value::obj(name.clone()))
        .unwrap_or("")
        .to_string();
    if lookup(&ty, name).is_some() {
        return Err(error::attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            typeobj::type_name(&ty),
            n
        )));
    }
    Err(crate::interp::exc::attribute_error_with(
        format!(
            "'{}' object has no attribute '{}'",
            typeobj::type_name(&ty),
            n
        ),
        obj.clone(),
        Value::obj(name.clone()),
    ))
}

/// `delattr(obj, name)`.
pub fn delete_attr(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<Flow> {
    let ty = crate::interp::ops::a_type(obj);
    if tdata(&ty).has(tflag::CUSTOM_SETATTR) {
        if let Some(da) = lookup(&ty, crate::interned!("__delattr__")) {
            let is_obj = da
                .as_obj()
                .and_then(|o| o.downcast::<Builtin>())
                .is_some_and(|b| b.owner.as_ref().is_some_and(|t| t.is(&types().object)));
            if !is_obj {
                return call::call_special_then(
                    vm,
                    &da,
                    vec![obj.clone(), Value::obj(name.clone())],
                    Then::Discard,
                );
            }
        }
    }
    generic_delattr(vm, obj, name).map(|_| Flow::Value(Value::NONE))
}

/// `object.__delattr__`.
pub fn generic_delattr(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<()> {
    let ty = crate::interp::ops::a_type(obj);
    if let Some(o) = obj.as_obj() {
        if o.kind() == Kind::Type {
            return crate::interp::typecall::type_delattr(vm, o, name);
        }
    }
    if let Some(d) = lookup(&ty, name) {
        if let Some(dobj) = d.as_obj() {
            if dobj.kind() == Kind::Property {
                let p = dobj
                    .downcast::<descriptors::Property>()
                    .expect("kind checked");
                let fdel = p.fdel.borrow().clone();
                if fdel.is_none() || fdel.is_null() {
                    let pname = p.name.borrow().clone();
                    let msg = match pystr::as_str(&pname) {
                        Some(n) => format!(
                            "property '{}' of '{}' object has no deleter",
                            n,
                            typeobj::type_name(&ty)
                        ),
                        None => "can't delete attribute".to_string(),
                    };
                    return Err(error::attribute_error(msg));
                }
                call::call_value(vm, &fdel, vec![obj.clone()])?;
                return Ok(());
            }
            if is_data_descriptor(&d) {
                if let Some(s) = lookup(dobj.ty(), crate::interned!("__delete__")) {
                    call::call_value(vm, &s, vec![d.clone(), obj.clone()])?;
                    return Ok(());
                }
                return Err(error::attribute_error("__delete__"));
            }
        }
    }
    if let Some(o) = obj.as_obj() {
        if instance::delete(o, name) {
            return Ok(());
        }
        if o.kind() == Kind::Module {
            if let Some(d) = objects::module::module_dict(o) {
                if d.del_str(name).is_some() {
                    return Ok(());
                }
            }
        }
        if o.kind() == Kind::Function {
            if let Some(f) = o.downcast::<objects::function::Function>() {
                let d = f.dict.borrow().clone();
                if d.as_ref()
                    .and_then(|d| d.downcast::<Dict>())
                    .and_then(|dd| dd.del_str(name))
                    .is_some()
                {
                    return Ok(());
                }
            }
        }
        // As CPython's generic setattr: without a `__dict__`, a name the class defines is read-only.
        let has_dict = match o.kind() {
            Kind::Module | Kind::Function => true,
            _ => o.attrs().is_some() && tdata(o.ty()).has(tflag::HAS_DICT),
        };
        if !has_dict && lookup(&ty, name).is_some() {
            return Err(error::attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                typeobj::type_name(&ty),
                pystr::as_str(&Value::obj(name.clone())).unwrap_or("")
            )));
        }
    }
    Err(no_attribute(obj, name))
}

/// `getattr(obj, name)` re-entrantly (for natives).
pub fn getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    let n = pystr::intern(name);
    let flow = load_attr(vm, obj.clone(), &n, false)?;
    call::run_flow(vm, flow)
}

/// `getattr(obj, name, None)`-like: `Ok(None)` when the attribute is missing.
pub fn getattr_opt(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match getattr(vm, obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if crate::interp::exc::matches_type(&e, &types().attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `setattr(obj, name, value)` re-entrantly.
pub fn setattr(vm: &mut Vm, obj: &Value, name: &str, value: Value) -> PyResult<()> {
    let n = pystr::intern(name);
    let flow = store_attr(vm, obj, &n, value)?;
    call::run_flow(vm, flow).map(|_| ())
}
