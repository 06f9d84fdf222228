//! Calling a type (`type.__call__`: `__new__` then `__init__`), creating classes (`type(name, bases, ns)` and
//! the class statement's metaclass call), and setting attributes on classes.
use crate::heap::{Kind, ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::then::Then;
use crate::interp::{call, Flow, Vm};
use crate::objects::builtin::Builtin;
use crate::objects::dict::Dict;
use crate::objects::typeobj::{self, lookup, tdata, tflag, TypeData};
use crate::objects::{self, str as pystr, tuple, types};

/// `cls(*args, **kwargs)`.
pub fn call_type(vm: &mut Vm, cls: &ObjRef, args: Vec<Value>, kwnames: &Value) -> PyResult<Flow> {
    let t = types();
    let meta = cls.ty().clone();
    // A metaclass with its own __call__ (not type's) takes over.
    if !meta.is(&t.type_) {
        if let Some(mc) = lookup(&meta, crate::interned!("__call__")) {
            if !is_native_named(&mc, "__call__", &t.type_) {
                if call::is_plain_method(&mc) {
                    let mut a = vec![Value::obj(cls.clone())];
                    a.extend(args);
                    return call::call_flow(vm, &mc, a, kwnames);
                }
                // Any other `__call__` (`__call__ = dict` in `typing._TypedDictMeta`) is bound first,
                // and a type or other non-descriptor is called as it is.
                let this = Value::obj(cls.clone());
                let bound = match crate::interp::attr::descr_get(vm, &mc, &this, &meta)? {
                    Some(f) => call::run_flow(vm, f)?,
                    None => mc,
                };
                return call::call_flow(vm, &bound, args, kwnames);
            }
        }
    }
    call_type_default(vm, cls, args, kwnames)
}

/// `type.__call__` itself: what `call_type` does once no metaclass `__call__` took over (a metaclass's
/// `super().__call__(...)` lands here, so it must not dispatch to the metaclass again).
pub fn call_type_default(
    vm: &mut Vm,
    cls: &ObjRef,
    args: Vec<Value>,
    kwnames: &Value,
) -> PyResult<Flow> {
    let t = types();
    if cls.is(&t.str) && args.len() == 1 && tuple::as_tuple(kwnames).is_none_or(|k| k.is_empty()) {
        // `str(x)`, the common conversion, without argument parsing.
        if let Some(s) = crate::interp::protocols::str_fast(&args[0]) {
            return Ok(Flow::Value(s));
        }
    }
    if cls.is(&t.type_) {
        let npos = args.len() - tuple::as_tuple(kwnames).map(|k| k.len()).unwrap_or(0);
        if npos == 1 && tuple::as_tuple(kwnames).is_none_or(|k| k.is_empty()) {
            return Ok(Flow::Value(Value::obj(crate::interp::ops::a_type(
                &args[0],
            ))));
        }
        if npos != 3 {
            return Err(error::type_error("type() takes 1 or 3 arguments"));
        }
    }
    type_call(vm, cls, args, kwnames)
}

fn is_native_named(v: &Value, name: &str, owner: &ObjRef) -> bool {
    v.as_obj()
        .and_then(|o| o.downcast::<Builtin>())
        .is_some_and(|b| b.name == name && b.owner.as_ref().is_some_and(|t| t.is(owner)))
}

/// `type.__call__(cls, ...)`: `obj = cls.__new__(cls, ...)`, then `obj.__init__(...)` when `obj` is an instance.
pub fn type_call(vm: &mut Vm, cls: &ObjRef, args: Vec<Value>, kwnames: &Value) -> PyResult<Flow> {
    let t = types();
    let new = lookup(cls, crate::interned!("__new__"))
        .ok_or_else(|| error::type_error("cannot create instances"))?;
    let init = lookup(cls, crate::interned!("__init__"));
    let object_new = is_native_named(&new, "__new__", &t.object);
    let object_init = init
        .as_ref()
        .is_none_or(|i| is_native_named(i, "__init__", &t.object));
    let nargs = args.len();
    if object_new {
        let td = tdata(cls);
        if td.layout != Kind::Object && !td.has(tflag::HEAPTYPE) {
            // A builtin type with a payload and no `__new__` of its own (an iterator, a view):
            // CPython marks such static types DISALLOW_INSTANTIATION.
            return Err(error::type_error(format!(
                "cannot create '{}' instances",
                td.name.borrow()
            )));
        }
        if nargs > 0 && object_init {
            return Err(error::type_error(format!(
                "{}() takes no arguments",
                typeobj::type_name(cls)
            )));
        }
        if tdata(cls).has(tflag::ABSTRACT) {
            return Err(abstract_error(cls));
        }
    }
    let obj = if object_new {
        Value::obj(new_instance(cls))
    } else {
        let mut a = Vec::with_capacity(nargs + 1);
        a.push(Value::obj(cls.clone()));
        a.extend(args.iter().cloned());
        let new_fn = match new.as_obj().map(|o| o.kind()) {
            Some(Kind::StaticMethod) => new
                .as_obj()
                .and_then(|o| o.downcast::<objects::descriptors::StaticMethod>())
                .map(|s| s.func.borrow().clone())
                .unwrap_or(new.clone()),
            Some(Kind::Function | Kind::Builtin) => new.clone(),
            // Any other descriptor (a classmethod, a custom `__get__`) is bound to the class, as
            // CPython's `slot_tp_new` gets `cls.__new__` by attribute lookup; `cls` is still passed.
            _ => match crate::interp::attr::descr_get(vm, &new, &Value::NULL, cls)? {
                Some(f) => call::run_flow(vm, f)?,
                None => new.clone(),
            },
        };
        let flow = call::call_flow(vm, &new_fn, a, kwnames)?;
        call::run_flow(vm, flow)?
    };
    // Only call __init__ when __new__ returned an instance of cls.
    let oty = crate::interp::ops::a_type(&obj);
    if !typeobj::is_subtype(&oty, cls) {
        return Ok(Flow::Value(obj));
    }
    let init = if oty.is(cls) {
        init
    } else {
        lookup(&oty, crate::interned!("__init__"))
    };
    match init {
        Some(i) if !is_native_named(&i, "__init__", &t.object) => {
            // A non-function `__init__` (a property, a callable with `__get__`) is bound first.
            let (i, a) = if call::is_plain_method(&i) {
                let mut a = Vec::with_capacity(nargs + 1);
                a.push(obj.clone());
                a.extend(args);
                (i, a)
            } else {
                (call::bind_special(vm, &i, &obj)?, args)
            };
            match call::call_flow(vm, &i, a, kwnames)? {
                Flow::Frame(mut f) => {
                    f.then = Then::Init(obj);
                    Ok(Flow::Frame(f))
                }
                Flow::Pending => match vm.pending_frame.take() {
                    Some(mut f) => {
                        f.then = Then::Init(obj);
                        Ok(Flow::Frame(f))
                    }
                    None => Err(error::system_error("lost pending frame")),
                },
                Flow::Value(r) => {
                    if !r.is_none() {
                        return Err(error::type_error(format!(
                            "__init__() should return None, not '{}'",
                            crate::interp::ops::type_name_of(&r)
                        )));
                    }
                    Ok(Flow::Value(obj))
                }
            }
        }
        _ => {
            if object_new && nargs > 0 {
                return Err(error::type_error(format!(
                    "{}() takes no arguments",
                    typeobj::type_name(cls)
                )));
            }
            Ok(Flow::Value(obj))
        }
    }
}

/// `object.__new__`'s refusal of a class with abstract methods, for native `__new__`s that build on it.
pub fn check_not_abstract(cls: &ObjRef) -> PyResult<()> {
    if tdata(cls).has(tflag::ABSTRACT) {
        return Err(abstract_error(cls));
    }
    Ok(())
}

fn abstract_error(cls: &ObjRef) -> crate::interp::error::PyErr {
    let names = tdata(cls)
        .dict
        .get_rs("__abstractmethods__")
        .and_then(|v| objects::set::as_set(&v).map(|s| s.keys()))
        .unwrap_or_default();
    let mut names: Vec<String> = names
        .iter()
        .filter_map(|n| pystr::as_str(n).map(|s| s.to_string()))
        .collect();
    names.sort();
    // 3.11 lists the names bare (3.12 quotes them).
    error::type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        typeobj::type_name(cls),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}

/// A fresh instance of a class whose layout is `object`'s (or an attribute-carrying builtin layout with
/// a default payload).
pub fn new_instance(cls: &ObjRef) -> ObjRef {
    let td = tdata(cls);
    let nslots = td.slot_names.borrow().len();
    let has_dict = td.has(tflag::HAS_DICT);
    let cap = if has_dict {
        nslots + td.inline_capacity()
    } else {
        nslots
    };
    td.instances_made
        .set(td.instances_made.get().saturating_add(1));
    let attrs = if has_dict || nslots > 0 {
        Some(cap.min(u16::MAX as usize) as u16)
    } else {
        None
    };
    let o = crate::heap::alloc(cls, objects::object::ObjectData, attrs);
    if td.has(tflag::HAS_DEL) {
        o.set_flag(crate::heap::flag::HAS_DEL);
    }
    o
}

/// The attribute capacity for instances of `cls` (builtin-layout subclasses use this too).
pub fn attr_capacity(cls: &ObjRef) -> Option<u16> {
    let td = tdata(cls);
    let nslots = td.slot_names.borrow().len();
    let has_dict = td.has(tflag::HAS_DICT);
    if has_dict || nslots > 0 {
        let cap = if has_dict {
            nslots + td.inline_capacity()
        } else {
            nslots
        };
        Some(cap.min(u16::MAX as usize) as u16)
    } else {
        None
    }
}

/// Gives a class whose instances have a `__dict__` the `__dict__` getset unless its namespace defines
/// one or a base already provides it (CPython's `add_dict`). Searches the MRO without the lookup cache,
/// which the class's creation invalidates only afterwards.
fn add_dict_descriptor(cls: &ObjRef) {
    let td = tdata(cls);
    if !td.has(tflag::HAS_DICT) || td.dict.get_rs("__dict__").is_some() {
        return;
    }
    let name = pystr::intern("__dict__");
    let inherited = typeobj::lookup_uncached(cls, &name)
        .is_some_and(|d| objects::descriptors_native::as_getset(&d).is_some());
    if !inherited {
        td.dict
            .set_rs("__dict__", objects::object::dict_descriptor());
    }
}

/// Gives a class the `__weakref__` getset unless a base has it. weft keeps no weak reference list on
/// instances, so it reads None.
fn add_weakref_descriptor(cls: &ObjRef) {
    let td = tdata(cls);
    let name = pystr::intern("__weakref__");
    if td.dict.get_str(&name).is_some() || typeobj::lookup_uncached(cls, &name).is_some() {
        return;
    }
    td.dict
        .set_rs("__weakref__", objects::object::weakref_descriptor());
}

/// `type(name, bases, ns, **kwds)` / `type.__new__(meta, name, bases, ns)`: creates a class.
pub fn new_class(
    vm: &mut Vm,
    meta: &ObjRef,
    name: &str,
    bases: Vec<ObjRef>,
    ns: &Value,
    kwargs: Vec<(String, Value)>,
) -> PyResult<ObjRef> {
    let t = types();
    let bases = if bases.is_empty() {
        vec![t.object.clone()]
    } else {
        bases
    };
    for b in &bases {
        if b.kind() != Kind::Type {
            return Err(error::type_error("bases must be types"));
        }
        if !tdata(b).has(tflag::BASETYPE) {
            return Err(error::type_error(format!(
                "type '{}' is not an acceptable base type",
                typeobj::type_name(b)
            )));
        }
    }
    crate::objects::typeflags::check_abc_tpflags(ns)?;
    // The solid base decides the instance layout.
    let layout_base = best_base(&bases)?;
    let layout = tdata(&layout_base).layout;
    let inherit = |f: u32| bases.iter().any(|b| tdata(b).has(f));
    let mut flags = tflag::HEAPTYPE | tflag::BASETYPE | tflag::USER_SPECIALS;
    for f in [
        tflag::EXCEPTION,
        tflag::INT_SUBCLASS,
        tflag::STR_SUBCLASS,
        tflag::TUPLE_SUBCLASS,
        tflag::LIST_SUBCLASS,
        tflag::DICT_SUBCLASS,
        tflag::TYPE_SUBCLASS,
        tflag::HAS_DEL,
        tflag::CUSTOM_GETATTRIBUTE,
        tflag::HAS_GETATTR,
        tflag::CUSTOM_SETATTR,
    ] {
        if inherit(f) {
            flags |= f;
        }
    }
    let mut td = TypeData::new(name, layout, flags);
    // A subclass of a builtin container is constructed by its base's native code.
    if !layout_base.is(&t.object) {
        td.native_name = tdata(&layout_base).native_name;
    }
    // Copy the namespace.
    let items: Vec<(Value, Value)> = match objects::dict::as_dict(ns) {
        Some(d) => d.items(),
        None => crate::interp::protocols::mapping_items(vm, ns, &Value::NULL)?,
    };
    for (k, v) in &items {
        match k.as_obj() {
            Some(ko) if ko.kind() == Kind::Str => {
                td.dict.set_str(&pystr::intern_obj(ko), v.clone());
            }
            // Any other key is kept too (hashed by Python), and makes lookups watch for it.
            _ => {
                td.dict.set(vm, k.clone(), v.clone())?;
                typeobj::note_foreign_key();
            }
        }
    }
    // __slots__
    // `__qualname__` and `__classcell__` leave the namespace before slots are made, so slots of those
    // names do not conflict with them (CPython's `type_new_set_attrs`).
    let qualname_v = td.dict.del_str(crate::interned!("__qualname__"));
    let classcell_v = td.dict.del_str(crate::interned!("__classcell__"));
    let slots_v = td.dict.get_rs("__slots__");
    // Whether instances take weak references: no `__slots__`, or `__weakref__` among them.
    let mut has_weakref = slots_v.is_none();
    let mut has_dict = !matches!(layout, Kind::Int | Kind::Tuple | Kind::Bytes | Kind::Str)
        || bases.iter().any(|b| tdata(b).has(tflag::HAS_DICT));
    if matches!(
        layout,
        Kind::Object
            | Kind::Exception
            | Kind::List
            | Kind::Dict
            | Kind::Set
            | Kind::Float
            | Kind::Complex
            | Kind::ByteArray
            | Kind::Int
            | Kind::Str
            | Kind::Tuple
            | Kind::Bytes
            | Kind::Module
            | Kind::Type
            | Kind::Function
    ) {
        has_dict = true;
    }
    // Slots are laid out after those of the base whose layout this class extends.
    let mut slot_names: Vec<ObjRef> = tdata(&layout_base).slot_names.borrow().clone();
    if let Some(sv) = slots_v {
        let names: Vec<Value> = if pystr::as_str(&sv).is_some() {
            vec![sv.clone()]
        } else {
            crate::interp::protocols::iterate(vm, &sv)?
        };
        let mut added: Vec<String> = Vec::new();
        let inherited_dict = bases
            .iter()
            .any(|b| tdata(b).has(tflag::HAS_DICT) && !b.is(&t.object));
        has_dict = inherited_dict;
        if !names.is_empty() && matches!(layout, Kind::Int | Kind::Tuple | Kind::Bytes | Kind::Type)
        {
            return Err(error::type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                typeobj::type_name(&layout_base)
            )));
        }
        for n in names {
            let Some(s) = pystr::as_str(&n) else {
                return Err(error::type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    crate::interp::ops::type_name_of(&n)
                )));
            };
            if s == "__dict__" {
                if has_dict {
                    return Err(error::type_error(
                        "__dict__ slot disallowed: we already got one",
                    ));
                }
                has_dict = true;
                continue;
            }
            if s == "__weakref__" {
                if has_weakref {
                    return Err(error::type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                has_weakref = true;
                continue;
            }
            if !is_identifier(s) {
                return Err(error::type_error("__slots__ must be identifiers"));
            }
            let mangled = mangle(name, s);
            // A repeated name is allowed (3.11); only the class namespace conflicts.
            if td.dict.get_rs(&mangled).is_some() && !added.contains(&mangled) {
                return Err(error::value_error(format!(
                    "'{mangled}' in __slots__ conflicts with class variable"
                )));
            }
            added.push(mangled);
        }
        // Slots are laid out in name order, as CPython's (so `__slots__ = ('a', 'b')` and
        // `('b', 'a')` give one layout, and `__class__` may move between them).
        added.sort();
        for mangled in added {
            let idx = slot_names.len();
            slot_names.push(pystr::intern(&mangled));
            td.dict.set_rs(
                &mangled,
                crate::interp::builtin_types::member_descriptor(&mangled, idx),
            );
        }
    }
    td.set(tflag::HAS_DICT, has_dict);
    *td.slot_names.borrow_mut() = slot_names;
    if td.dict.get_rs("__module__").is_none() {
        if let Some(m) = vm.caller_frame().and_then(|f| {
            f.globals
                .downcast::<Dict>()
                .and_then(|d| d.get_rs("__name__"))
        }) {
            td.dict.set_rs("__module__", m);
        }
    }
    if let Some(q) = qualname_v {
        match pystr::as_str(&q) {
            Some(s) => *td.qualname.borrow_mut() = s.to_string(),
            None => {
                return Err(error::type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    crate::interp::ops::type_name_of(&q)
                )))
            }
        }
    }
    match td.dict.get_rs("__doc__") {
        None => td.dict.set_rs("__doc__", Value::NONE),
        // CPython copies a str `__doc__` into the type as UTF-8 (`type_new_set_doc`), so lone
        // surrogates are refused with the codec's error.
        Some(doc) if pystr::as_str_obj(&doc).is_some_and(|s| s.has_surrogates()) => {
            let text = pystr::as_bytes(&doc).unwrap_or_default().to_vec();
            crate::objects::str::codec::encode(vm, &doc, &text, None, None)?;
        }
        Some(_) => {}
    }
    // __new__ given as a plain function is a static method; __init_subclass__ and __class_getitem__ are
    // class methods.
    for n in ["__new__"] {
        if let Some(f) = td.dict.get_rs(n) {
            if f.as_obj().is_some_and(|o| o.kind() == Kind::Function) {
                td.dict
                    .set_rs(n, crate::interp::builtin_types::staticmethod_of(f));
            }
        }
    }
    for n in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = td.dict.get_rs(n) {
            if f.as_obj().is_some_and(|o| o.kind() == Kind::Function) {
                td.dict
                    .set_rs(n, crate::interp::builtin_types::classmethod_of(f));
            }
        }
    }
    for (n, f) in [
        ("__getattribute__", tflag::CUSTOM_GETATTRIBUTE),
        ("__getattr__", tflag::HAS_GETATTR),
        ("__setattr__", tflag::CUSTOM_SETATTR),
        ("__delattr__", tflag::CUSTOM_SETATTR),
        ("__del__", tflag::HAS_DEL),
    ] {
        if td.dict.get_rs(n).is_some() {
            td.set(f, true);
        }
    }
    if td.dict.get_rs("__eq__").is_some() && td.dict.get_rs("__hash__").is_none() {
        td.dict.set_rs("__hash__", Value::NONE);
    }
    let cls = crate::heap::alloc(meta, td, None);
    {
        let ctd = tdata(&cls);
        *ctd.base.borrow_mut() = Some(layout_base.clone());
        *ctd.bases.borrow_mut() = bases.clone();
    }
    // A metaclass's `mro()` sees the class without one (`__mro__` is None) and may even assign its
    // `__bases__`.
    let custom = crate::interp::type_bases::has_custom_mro(meta);
    crate::interp::type_bases::mro_internal(vm, &cls)?;
    for b in tdata(&cls).bases.borrow().clone().iter() {
        if custom {
            crate::interp::type_bases::add_subclass(b, &cls);
        } else {
            crate::interp::type_bases::push_subclass(b, &cls);
        }
    }
    add_dict_descriptor(&cls);
    if has_weakref
        && !matches!(
            layout,
            Kind::Int | Kind::Tuple | Kind::Bytes | Kind::Set | Kind::Type | Kind::Module
        )
    {
        add_weakref_descriptor(&cls);
    }
    if let Some(cell) = classcell_v {
        let Some(c) = cell
            .as_obj()
            .and_then(|o| o.downcast::<objects::cell::CellObj>())
        else {
            return Err(error::type_error(format!(
                "__classcell__ must be a nonlocal cell, not {}",
                crate::interp::protocols::repr_type(&crate::interp::ops::a_type(&cell))
            )));
        };
        *c.value.borrow_mut() = Value::obj(cls.clone());
    }
    typeobj::invalidate_caches();
    // __set_name__ on attributes, then __init_subclass__ of the parent.
    for (k, v) in tdata(&cls).dict.items() {
        let vt = crate::interp::ops::a_type(&v);
        if let Some(sn) = lookup(&vt, crate::interned!("__set_name__")) {
            if let Err(e) =
                call::call_value(vm, &sn, vec![v.clone(), Value::obj(cls.clone()), k.clone()])
            {
                return Err(set_name_error(vm, e, &vt, &k, &cls));
            }
        }
    }
    // `super(cls, cls).__init_subclass__`: a custom MRO may have left the class out of its own.
    if !tdata(&cls).mro.borrow().contains(&cls) {
        return Err(error::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    let sup = crate::interp::builtin_types::super_lookup(&cls, &cls, "__init_subclass__");
    if let Some(isc) = sup {
        let f = match crate::interp::attr::descr_get(vm, &isc, &Value::NULL, &cls)? {
            Some(f) => call::run_flow(vm, f)?,
            None => isc,
        };
        call::call_value_kw(
            vm,
            &f,
            Vec::new(),
            kwargs
                .iter()
                .map(|(k, v)| (k.as_str(), v.clone()))
                .collect(),
        )?;
    } else if !kwargs.is_empty() {
        return Err(error::type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            typeobj::type_name(&cls)
        )));
    }
    Ok(cls)
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// Private name mangling (`__x` in class `C` → `_C__x`).
pub fn mangle(class: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let c = class.trim_start_matches('_');
    if c.is_empty() {
        return name.to_string();
    }
    format!("_{c}{name}")
}

/// 3.11 reports a failing `__set_name__` as a `RuntimeError` caused by the original exception.
fn set_name_error(
    vm: &mut Vm,
    e: crate::interp::error::PyErr,
    vt: &ObjRef,
    k: &Value,
    cls: &ObjRef,
) -> crate::interp::error::PyErr {
    let cause = crate::interp::exc::normalize(vm, e);
    let key = crate::interp::protocols::repr_string(vm, k).unwrap_or_default();
    let wrapped = crate::interp::exc::normalize(
        vm,
        error::runtime_error(format!(
            "Error calling __set_name__ on '{}' instance {key} in '{}'",
            typeobj::type_name(vt),
            typeobj::type_name(cls)
        )),
    );
    if let Some(d) = wrapped.downcast::<objects::exception::ExceptionData>() {
        let old = d.cause.replace(Value::obj(cause.clone()));
        let old_context = d.context.replace(Value::obj(cause));
        d.suppress_context.set(true);
        drop((old, old_context));
    }
    crate::interp::exc::reraise(wrapped)
}

/// The base a new class extends (CPython's `best_base`): the one whose layout root is the most
/// derived; every other base's root must be an ancestor of it.
pub fn best_base(bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut best: Option<(ObjRef, ObjRef)> = None;
    for b in bases {
        if !tdata(b).has(tflag::BASETYPE) {
            return Err(error::type_error(format!(
                "type '{}' is not an acceptable base type",
                typeobj::type_name(b)
            )));
        }
        let root = layout_root(b);
        match &best {
            None => best = Some((b.clone(), root)),
            // The first of the bases with the most derived layout wins.
            Some((_, cur)) => {
                if typeobj::is_subtype(cur, &root) {
                    continue;
                }
                if !typeobj::is_subtype(&root, cur) {
                    return Err(error::type_error(
                        "multiple bases have instance lay-out conflict",
                    ));
                }
                best = Some((b.clone(), root));
            }
        }
    }
    Ok(best.map_or_else(|| types().object.clone(), |(b, _)| b))
}

/// The class that fixes `b`'s instance layout (CPython's `solid_base`): a builtin type (all exceptions
/// share one layout), or the nearest class that added slots to its base's. A class whose
/// `__slots__` is empty, or that only adds `__dict__`/`__weakref__`, shares its base's layout.
pub fn layout_root(b: &ObjRef) -> ObjRef {
    let td = tdata(b);
    if !td.has(tflag::HEAPTYPE) {
        if td.layout == Kind::Exception {
            return types().base_exception.clone();
        }
        return b.clone();
    }
    let Some(base) = td.base.borrow().clone() else {
        return types().object.clone();
    };
    if td.slot_names.borrow().len() > tdata(&base).slot_names.borrow().len() {
        return b.clone();
    }
    layout_root(&base)
}

/// `setattr(cls, name, value)` on a class.
pub fn type_setattr(vm: &mut Vm, cls: &ObjRef, name: &ObjRef, value: Value) -> PyResult<()> {
    let td = tdata(cls);
    let n = pystr::as_str(&Value::obj(name.clone()))
        .unwrap_or("")
        .to_string();
    // As CPython's `type_setattro`, before any descriptor is asked.
    if !td.has(tflag::HEAPTYPE) {
        return Err(error::type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            n,
            typeobj::type_name(cls)
        )));
    }
    let meta = cls.ty().clone();
    if let Some(d) = lookup(&meta, name) {
        if crate::interp::attr::is_data_descriptor(&d) {
            if let Some(p) = d
                .as_obj()
                .and_then(|o| o.downcast::<objects::descriptors::Property>())
            {
                let fset = p.fset.borrow().clone();
                if !fset.is_none() && !fset.is_null() {
                    call::call_value(vm, &fset, vec![Value::obj(cls.clone()), value])?;
                    return Ok(());
                }
            }
            // Any other data descriptor stores or refuses (`type.__dict__` is read-only), except
            // `type`'s own writable getsets, which come back here and are handled below.
            let readonly =
                objects::descriptors_native::as_getset(&d).is_some_and(|g| g.set.is_none());
            let types_own = tdata(&types().type_)
                .dict
                .get_str(name)
                .is_some_and(|t| t.bits() == d.bits());
            if readonly || !types_own {
                if let Some(set) = d
                    .as_obj()
                    .and_then(|o| lookup(o.ty(), crate::interned!("__set__")))
                {
                    call::call_value(vm, &set, vec![d.clone(), Value::obj(cls.clone()), value])?;
                    return Ok(());
                }
            }
        }
    }
    match n.as_str() {
        "__name__" => {
            let s = pystr::as_str(&value).ok_or_else(|| {
                error::type_error(format!(
                    "can only assign string to {}.__name__, not '{}'",
                    typeobj::type_name(cls),
                    crate::interp::ops::type_name_of(&value)
                ))
            })?;
            *td.name.borrow_mut() = s.to_string();
            return Ok(());
        }
        "__qualname__" => {
            let s = pystr::as_str(&value).ok_or_else(|| {
                error::type_error(format!(
                    "can only assign string to {}.__qualname__, not '{}'",
                    typeobj::type_name(cls),
                    crate::interp::ops::type_name_of(&value)
                ))
            })?;
            *td.qualname.borrow_mut() = s.to_string();
            return Ok(());
        }
        "__bases__" => return crate::interp::type_bases::set_bases(vm, cls, value),
        // `abc.ABCMeta` (and `_py_abc`) assign it; the flag makes instantiation fail.
        "__abstractmethods__" => return typeobj::set_abstractmethods(vm, cls, Some(value)),
        _ => {}
    }
    td.dict.set_str(&pystr::intern_obj(name), value);
    if crate::interp::type_flags::is_hook(&n) {
        crate::interp::type_flags::refresh(cls);
    }
    typeobj::invalidate_caches();
    Ok(())
}

pub fn type_delattr(vm: &mut Vm, cls: &ObjRef, name: &ObjRef) -> PyResult<()> {
    let td = tdata(cls);
    if !td.has(tflag::HEAPTYPE) {
        return Err(error::type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            pystr::as_str(&Value::obj(name.clone())).unwrap_or(""),
            typeobj::type_name(cls)
        )));
    }
    // A data descriptor of the metaclass (`del C.__name__`, a metaclass property) decides.
    if let Some(d) = lookup(cls.ty(), name) {
        if crate::interp::attr::is_data_descriptor(&d) {
            let del = d
                .as_obj()
                .and_then(|o| lookup(o.ty(), crate::interned!("__delete__")));
            return match del {
                Some(del) => {
                    call::call_value(vm, &del, vec![d, Value::obj(cls.clone())])?;
                    typeobj::invalidate_caches();
                    Ok(())
                }
                None => Err(error::attribute_error("__delete__")),
            };
        }
    }
    match td.dict.del_str(name) {
        Some(_) => {
            if pystr::as_str(&Value::obj(name.clone()))
                .is_some_and(crate::interp::type_flags::is_hook)
            {
                crate::interp::type_flags::refresh(cls);
            }
            typeobj::invalidate_caches();
            Ok(())
        }
        None => Err(crate::interp::attr::no_attribute(
            &Value::obj(cls.clone()),
            name,
        )),
    }
}
