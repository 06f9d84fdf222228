//! `property`, `classmethod` and `staticmethod`.
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::{attr, ops, protocols, Vm};
use crate::objects::builtin::{tail_call, tail_call_kw, Args};
use crate::objects::typeobj::{self, tdata};
use crate::objects::{str as pystr, types};
use std::cell::{Cell, RefCell};

pub struct Property {
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    pub doc: RefCell<Value>,
    /// Set by `__set_name__` (3.11 keeps it for error messages).
    pub name: RefCell<Value>,
    /// The doc was taken from the getter: `getter()` copies take the new getter's doc instead.
    pub getter_doc: Cell<bool>,
}

impl Payload for Property {
    const KIND: Kind = Kind::Property;
}

pub struct ClassMethod {
    pub func: RefCell<Value>,
}

impl Payload for ClassMethod {
    const KIND: Kind = Kind::ClassMethod;
}

pub struct StaticMethod {
    pub func: RefCell<Value>,
}

impl Payload for StaticMethod {
    const KIND: Kind = Kind::StaticMethod;
}

/// Replaces a field, dropping the old value after the borrow ended (a drop may run `__del__`).
fn replace(cell: &RefCell<Value>, v: Value) {
    let old = std::mem::replace(&mut *cell.borrow_mut(), v);
    drop(old);
}

/// Whether `v.__isabstractmethod__` is true (missing counts as false).
fn is_abstract(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if v.is_none() || v.is_null() {
        return Ok(false);
    }
    match attr::getattr_opt(vm, v, "__isabstractmethod__")? {
        Some(a) => ops::truthy(vm, &a),
        None => Ok(false),
    }
}

/// An instance of `cls` (a builtin descriptor type or a subclass of it) holding `payload`; `with_dict` gives
/// instances of the base type itself an attribute area too.
fn alloc_in<T: Payload>(
    cls: &Value,
    base: &ObjRef,
    payload: T,
    with_dict: bool,
) -> PyResult<Value> {
    let Some(c) = typeobj::as_type(cls) else {
        return Err(error::type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            typeobj::type_name(base),
            type_name_of(cls)
        )));
    };
    if !typeobj::is_subtype(c, base) {
        return Err(error::type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            typeobj::type_name(base),
            typeobj::type_name(c),
            typeobj::type_name(c),
            typeobj::type_name(base)
        )));
    }
    let cap = crate::interp::typecall::attr_capacity(c).or(with_dict.then_some(4));
    Ok(Value::obj(crate::heap::alloc(c, payload, cap)))
}

// ---- property ----

fn prop(v: &Value) -> PyResult<&Property> {
    v.as_obj()
        .and_then(|o| o.downcast::<Property>())
        .ok_or_else(|| {
            error::type_error(format!(
                "descriptor requires a 'property' object but received a '{}'",
                type_name_of(v)
            ))
        })
}

fn property_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = Property {
        fget: RefCell::new(Value::NONE),
        fset: RefCell::new(Value::NONE),
        fdel: RefCell::new(Value::NONE),
        doc: RefCell::new(Value::NONE),
        name: RefCell::new(Value::NONE),
        getter_doc: Cell::new(false),
    };
    alloc_in(args.this()?, &types().property, p, false)
}

fn property_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?.clone();
    let [fget, fset, fdel, doc] =
        args.rest()
            .bind("property", ["fget", "fset", "fdel", "doc"], 0, 0)?;
    let none = |v: Option<Value>| v.unwrap_or(Value::NONE);
    let (fget, fset, fdel, doc) = (none(fget), none(fset), none(fdel), none(doc));
    let p = prop(&this)?;
    replace(&p.fget, fget.clone());
    replace(&p.fset, fset);
    replace(&p.fdel, fdel);
    let mut getter_doc = false;
    let doc = if doc.is_none() && !fget.is_none() {
        match attr::getattr_opt(vm, &fget, "__doc__")? {
            Some(d) => {
                getter_doc = true;
                d
            }
            None => Value::NONE,
        }
    } else {
        doc
    };
    p.getter_doc.set(getter_doc);
    if this.as_obj().is_some_and(|o| o.ty().is(&types().property)) {
        replace(&p.doc, doc);
    } else {
        // A subclass's own `__doc__` (None by default) would shadow the slot: keep the doc per instance.
        attr::setattr(vm, &this, "__doc__", doc)?;
    }
    Ok(Value::NONE)
}

/// `property 'x' of 'A' object has no getter` (3.11 names the property once `__set_name__` ran).
fn missing(p: &Property, obj: &Value, what: &str) -> error::PyErr {
    let qual = tdata(&a_type(obj)).qualname.borrow().clone();
    let name = p.name.borrow().clone();
    match pystr::as_str(&name) {
        Some(n) => {
            error::attribute_error(format!("property '{n}' of '{qual}' object has no {what}"))
        }
        None => error::attribute_error(format!("property of '{qual}' object has no {what}")),
    }
}

fn property_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("__get__", 2, 3)?;
    let p = prop(&a[0])?;
    let (obj, ty) = (&a[1], a.get(2).cloned().unwrap_or(Value::NONE));
    if obj.is_none() {
        if ty.is_none() {
            return Err(error::type_error("__get__(None, None) is invalid"));
        }
        return Ok(a[0].clone());
    }
    let fget = p.fget.borrow().clone();
    if fget.is_none() {
        return Err(missing(p, obj, "getter"));
    }
    tail_call(vm, &fget, vec![obj.clone()])
}

fn property_set(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__set__", 3)?;
    let p = prop(&a[0])?;
    let fset = p.fset.borrow().clone();
    if fset.is_none() {
        return Err(missing(p, &a[1], "setter"));
    }
    crate::interp::call::call_value(vm, &fset, vec![a[1].clone(), a[2].clone()])?;
    Ok(Value::NONE)
}

fn property_delete(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__delete__", 2)?;
    let p = prop(&a[0])?;
    let fdel = p.fdel.borrow().clone();
    if fdel.is_none() {
        return Err(missing(p, &a[1], "deleter"));
    }
    crate::interp::call::call_value(vm, &fdel, vec![a[1].clone()])?;
    Ok(Value::NONE)
}

fn property_set_name(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("__set_name__", 3, 3)?;
    replace(&prop(&a[0])?.name, a[2].clone());
    Ok(Value::NONE)
}

/// `getter`/`setter`/`deleter`: `type(self)(fget, fset, fdel, doc)` with one accessor replaced.
fn property_copy(vm: &mut Vm, args: &Args, name: &str, which: usize) -> PyResult<Value> {
    let a = args.exact(name, 2)?;
    let p = prop(&a[0])?;
    let mut fs = [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ];
    fs[which] = a[1].clone();
    let doc = if p.getter_doc.get() && which == 0 {
        Value::NONE
    } else if a[0].as_obj().is_some_and(|o| o.ty().is(&types().property)) {
        p.doc.borrow().clone()
    } else {
        attr::getattr_opt(vm, &a[0], "__doc__")?.unwrap_or(Value::NONE)
    };
    let pname = p.name.borrow().clone();
    let [g, s, d] = fs;
    let cls = Value::obj(a_type(&a[0]));
    let new = crate::interp::call::call_value(vm, &cls, vec![g, s, d, doc])?;
    if let Some(np) = new.as_obj().and_then(|o| o.downcast::<Property>()) {
        replace(&np.name, pname);
    }
    Ok(new)
}

fn property_getter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_copy(vm, args, "getter", 0)
}

fn property_setter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_copy(vm, args, "setter", 1)
}

fn property_deleter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_copy(vm, args, "deleter", 2)
}

fn get_fget(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(v)?.fget.borrow().clone())
}

fn get_fset(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(v)?.fset.borrow().clone())
}

fn get_fdel(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(v)?.fdel.borrow().clone())
}

fn get_prop_doc(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(v)?.doc.borrow().clone())
}

fn set_prop_doc(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    replace(&prop(v)?.doc, new.unwrap_or(Value::NONE));
    Ok(())
}

fn prop_abstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = prop(v)?;
    let fs = [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ];
    for f in &fs {
        if is_abstract(vm, f)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

// ---- classmethod and staticmethod ----

/// The wrapped callable of a classmethod or staticmethod.
fn wrapped(v: &Value) -> PyResult<Value> {
    let o = v.as_obj();
    if let Some(c) = o.and_then(|o| o.downcast::<ClassMethod>()) {
        return Ok(c.func.borrow().clone());
    }
    if let Some(s) = o.and_then(|o| o.downcast::<StaticMethod>()) {
        return Ok(s.func.borrow().clone());
    }
    Err(error::type_error(format!(
        "descriptor requires a 'classmethod' or 'staticmethod' object but received a '{}'",
        type_name_of(v)
    )))
}

fn cm_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cm = ClassMethod {
        func: RefCell::new(Value::NONE),
    };
    alloc_in(args.this()?, &types().classmethod, cm, true)
}

/// A `staticmethod` of `func`, made without `__init__` (CPython's `PyStaticMethod_New`).
pub fn new_staticmethod(func: Value) -> Value {
    let sm = StaticMethod {
        func: RefCell::new(func),
    };
    Value::obj(crate::heap::alloc(&types().staticmethod, sm, Some(4)))
}

fn sm_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let sm = StaticMethod {
        func: RefCell::new(Value::NONE),
    };
    alloc_in(args.this()?, &types().staticmethod, sm, true)
}

/// `__init__(callable)`: stores it and copies its metadata as `functools.wraps` does (3.10+).
fn wrapper_init(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let this = args.this()?.clone();
    let rest = args.rest();
    if rest.has_kwargs() {
        return Err(error::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let a = rest.range(name, 1, 1)?;
    let func = a[0].clone();
    let o = this.as_obj();
    if let Some(c) = o.and_then(|o| o.downcast::<ClassMethod>()) {
        replace(&c.func, func.clone());
    } else if let Some(s) = o.and_then(|o| o.downcast::<StaticMethod>()) {
        replace(&s.func, func.clone());
    } else {
        return Err(error::type_error(format!(
            "descriptor '__init__' requires a '{name}' object but received a '{}'",
            type_name_of(&this)
        )));
    }
    for n in [
        "__module__",
        "__name__",
        "__qualname__",
        "__doc__",
        "__annotations__",
    ] {
        if let Some(v) = attr::getattr_opt(vm, &func, n)? {
            attr::setattr(vm, &this, n, v)?;
        }
    }
    Ok(Value::NONE)
}

fn cm_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    wrapper_init(vm, args, "classmethod")
}

fn sm_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    wrapper_init(vm, args, "staticmethod")
}

/// `classmethod.__get__`: binds the class; a wrapped descriptor is asked to bind it instead (3.9–3.12).
fn cm_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("__get__", 2, 3)?;
    let func = wrapped(&a[0])?;
    let (obj, ty) = (&a[1], a.get(2).cloned().unwrap_or(Value::NONE));
    if obj.is_none() && ty.is_none() {
        return Err(error::type_error("__get__(None, None) is invalid"));
    }
    let cls = if ty.is_none() {
        a_type(obj)
    } else {
        match typeobj::as_type(&ty) {
            Some(t) => t.clone(),
            None => a_type(obj),
        }
    };
    let clsv = Value::obj(cls.clone());
    // Functions and builtins bind as a plain method of the class; other descriptors (a property, say) bind
    // themselves to it.
    let chain = func
        .as_obj()
        .is_some_and(|o| !matches!(o.kind(), Kind::Function | Kind::Builtin));
    if chain {
        if let Some(flow) = attr::descr_get(vm, &func, &clsv, &cls)? {
            return crate::interp::call::run_flow(vm, flow);
        }
    }
    Ok(crate::objects::method::new_method(func, clsv))
}

fn sm_get(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("__get__", 2, 3)?;
    let (obj, ty) = (&a[1], a.get(2).cloned().unwrap_or(Value::NONE));
    if obj.is_none() && ty.is_none() {
        return Err(error::type_error("__get__(None, None) is invalid"));
    }
    wrapped(&a[0])
}

/// A staticmethod is callable since 3.10.
fn sm_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let func = wrapped(args.this()?)?;
    let rest = args.rest();
    tail_call_kw(vm, &func, rest.all.to_vec(), rest.kwnames)
}

fn wrapper_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?;
    let func = wrapped(this)?;
    let name = tdata(&a_type(this)).qualname.borrow().clone();
    let r = protocols::repr_string(vm, &func)?;
    Ok(pystr::new_string(format!("<{name}({r})>")))
}

fn get_func(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    wrapped(v)
}

fn wrapper_abstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = wrapped(v)?;
    Ok(Value::bool(is_abstract(vm, &f)?))
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    use crate::objects::register::*;
    let t = types();
    statics(&t.property, &[("__new__", property_new)]);
    methods(
        &t.property,
        &[
            ("__init__", property_init),
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
            ("__set_name__", property_set_name),
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
        ],
    );
    // As CPython's `property_members`: read-only members ("readonly attribute").
    readonly_members(
        &t.property,
        &[("fget", get_fget), ("fset", get_fset), ("fdel", get_fdel)],
    );
    getsets(
        &t.property,
        &[
            ("__doc__", get_prop_doc, Some(set_prop_doc)),
            ("__isabstractmethod__", prop_abstract, None),
        ],
    );
    statics(&t.classmethod, &[("__new__", cm_new)]);
    statics(&t.staticmethod, &[("__new__", sm_new)]);
    methods(
        &t.classmethod,
        &[
            ("__init__", cm_init),
            ("__get__", cm_get),
            ("__repr__", wrapper_repr),
        ],
    );
    methods(
        &t.staticmethod,
        &[
            ("__init__", sm_init),
            ("__get__", sm_get),
            ("__call__", sm_call),
            ("__repr__", wrapper_repr),
        ],
    );
    for ty in [&t.classmethod, &t.staticmethod] {
        getsets(
            ty,
            &[
                ("__func__", get_func, None),
                ("__wrapped__", get_func, None),
                ("__isabstractmethod__", wrapper_abstract, None),
            ],
        );
        attrs(
            ty,
            vec![("__dict__", crate::objects::object::dict_descriptor())],
        );
    }
}
