//! Descriptors backed by Rust data: `member_descriptor` (a `__slots__` entry), `getset_descriptor` (computed
//! attributes of builtin types such as `function.__name__`), and `types.GenericAlias`.
use crate::heap::Value;
use crate::interp::error::PyResult;
use crate::interp::Vm;
use crate::objects::native::NativeObj;
use crate::objects::types;

/// A `__slots__` member: attribute slot `index` of instances.
pub struct Member {
    pub name: String,
    pub index: usize,
}

/// Getter/setter functions of a computed attribute.
pub type Getter = fn(&mut Vm, &Value) -> PyResult<Value>;
pub type Setter = fn(&mut Vm, &Value, Option<Value>) -> PyResult<()>;

pub struct GetSet {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    /// Stands for a CPython read-only member (`range.start`): assignment says "readonly attribute".
    pub member: bool,
}

pub struct GenericAlias {
    pub origin: Value,
    pub args: Value,
    /// `*tuple[int]` (PEP 646): made by iterating an alias; shows as `__unpacked__`.
    pub starred: bool,
}

pub fn member(name: &str, index: usize) -> Value {
    Value::obj(crate::heap::alloc(
        &types().member_descriptor,
        NativeObj::new(Member {
            name: name.to_string(),
            index,
        }),
        None,
    ))
}

pub fn getset(name: &'static str, get: Getter, set: Option<Setter>) -> Value {
    Value::obj(crate::heap::alloc(
        &types().getset_descriptor,
        NativeObj::new(GetSet {
            name,
            get,
            set,
            member: false,
        }),
        None,
    ))
}

/// A read-only member computed by `get`.
pub fn readonly_member(name: &'static str, get: Getter) -> Value {
    Value::obj(crate::heap::alloc(
        &types().member_descriptor,
        NativeObj::new(GetSet {
            name,
            get,
            set: None,
            member: true,
        }),
        None,
    ))
}

pub fn generic_alias(origin: Value, args: Value) -> Value {
    starred_alias(origin, args, false)
}

/// `types.GenericAlias(origin, args)`, starred (`*tuple[int]`) or not.
pub fn starred_alias(origin: Value, args: Value, starred: bool) -> Value {
    let args = if crate::objects::tuple::as_tuple(&args).is_some() {
        args
    } else {
        crate::objects::tuple::new_tuple(vec![args])
    };
    Value::obj(crate::heap::alloc(
        &types().generic_alias,
        NativeObj::new(GenericAlias {
            origin,
            args,
            starred,
        }),
        None,
    ))
}

pub fn as_member(v: &Value) -> Option<&Member> {
    v.as_obj()?.downcast::<NativeObj>()?.get::<Member>()
}
pub fn as_getset(v: &Value) -> Option<&GetSet> {
    v.as_obj()?.downcast::<NativeObj>()?.get::<GetSet>()
}
pub fn as_generic_alias(v: &Value) -> Option<&GenericAlias> {
    v.as_obj()?.downcast::<NativeObj>()?.get::<GenericAlias>()
}

mod generic_alias;
mod generic_alias_iter;
pub use generic_alias::{ga_repr_item, parameters, subs_parameters};

use crate::heap::ObjRef;
use crate::interp::error;
use crate::interp::ops::{a_type, type_name_of};
use crate::objects::builtin::Args;
use crate::objects::str as pystr;
use crate::objects::typeobj::{self, tdata};

/// Every builtin type object: where the owner of a builtin getset is searched (register.rs does not record it).
pub fn builtin_type_list() -> Vec<&'static ObjRef> {
    let t = types();
    let mut v = vec![
        &t.object,
        &t.type_,
        &t.int,
        &t.bool_,
        &t.float,
        &t.complex,
        &t.str,
        &t.bytes,
        &t.bytearray,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.function,
        &t.builtin_function,
        &t.method_descriptor,
        &t.wrapper_descriptor,
        &t.method_wrapper,
        &t.classmethod_descriptor,
        &t.method,
        &t.code,
        &t.module,
        &t.cell,
        &t.property,
        &t.classmethod,
        &t.staticmethod,
        &t.generator,
        &t.coroutine,
        &t.async_generator,
        &t.range,
        &t.slice,
        &t.none_type,
        &t.not_implemented_type,
        &t.ellipsis_type,
        &t.traceback,
        &t.frame,
        &t.super_,
        &t.mappingproxy,
        &t.dict_keys,
        &t.dict_values,
        &t.dict_items,
        &t.memoryview,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
        &t.generic_alias,
        &t.weakref,
        &t.member_descriptor,
        &t.getset_descriptor,
        &t.simple_namespace,
        &t.union_type,
    ];
    v.extend(t.exceptions.iter());
    v
}

/// The class (in `ty`'s MRO, else among the builtin types) whose namespace holds `descr` under `name`.
fn owner_of(descr: &Value, name: &str, ty: Option<&ObjRef>) -> Option<ObjRef> {
    let holds = |c: &ObjRef| {
        tdata(c)
            .dict
            .get_rs(name)
            .is_some_and(|v| v.bits() == descr.bits())
    };
    if let Some(ty) = ty {
        if let Some(c) = tdata(ty).mro.borrow().iter().find(|c| holds(c)) {
            return Some(c.clone());
        }
        return None;
    }
    builtin_type_list().into_iter().find(|c| holds(c)).cloned()
}

/// Name and owner-finding view of the two Rust-backed descriptor kinds.
fn descr_name(descr: &Value) -> PyResult<String> {
    if let Some(g) = as_getset(descr) {
        return Ok(g.name.to_string());
    }
    if let Some(m) = as_member(descr) {
        return Ok(m.name.clone());
    }
    Err(error::type_error(format!(
        "descriptor method requires a 'member_descriptor' or 'getset_descriptor' object but received '{}'",
        type_name_of(descr)
    )))
}

/// `descr_check`: the descriptor applies to instances of its owner only.
fn check_applies(descr: &Value, name: &str, obj: &Value) -> PyResult<()> {
    let ty = a_type(obj);
    if owner_of(descr, name, Some(&ty)).is_some() {
        return Ok(());
    }
    let owner = member_owner(descr, name)
        .map(|o| typeobj::type_name(&o))
        .unwrap_or_else(|| "?".to_string());
    Err(error::type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        type_name_of(obj)
    )))
}

/// `__get__(obj, type=None)`. `obj` None with a type given means class access (the wrapper's rule), except
/// for `None` itself, whose getsets the attribute protocol reaches through this method too.
fn descr_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("__get__", 2, 3)?;
    let (descr, obj) = (&a[0], &a[1]);
    let ty = a.get(2).filter(|t| !t.is_none());
    if obj.is_none() {
        match ty {
            None => return Err(error::type_error("__get__(None, None) is invalid")),
            Some(t) if !typeobj::as_type(t).is_some_and(|t| t.is(&types().none_type)) => {
                if let (Some(m), Some(cls)) = (as_member(descr), typeobj::as_type(t)) {
                    if owner_hint(descr).is_none() {
                        if let Some(o) = owner_of(descr, &m.name, Some(cls)) {
                            set_owner(descr, &o);
                        }
                    }
                }
                return Ok(descr.clone());
            }
            _ => {}
        }
    }
    let name = descr_name(descr)?;
    check_applies(descr, &name, obj)?;
    if let Some(g) = as_getset(descr) {
        return (g.get)(vm, obj);
    }
    let index = as_member(descr).map(|m| m.index).unwrap_or(0);
    let v = obj
        .as_obj()
        .map(|o| crate::objects::instance::slot_get(o, index))
        .unwrap_or(Value::NULL);
    if v.is_null() {
        return Err(crate::interp::exc::attribute_error_with(
            format!("'{}' object has no attribute '{name}'", type_name_of(obj)),
            obj.clone(),
            pystr::new_str(&name),
        ));
    }
    Ok(v)
}

/// Stores (`Some`) or deletes (`None`) through the descriptor.
fn descr_store(vm: &mut Vm, descr: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let name = descr_name(descr)?;
    check_applies(descr, &name, obj)?;
    if let Some(g) = as_getset(descr) {
        return match g.set {
            Some(set) => set(vm, obj, value),
            None if g.member => Err(error::attribute_error("readonly attribute")),
            None => {
                let owner = owner_of(descr, &name, Some(&a_type(obj)))
                    .map(|o| typeobj::type_name(&o))
                    .unwrap_or_default();
                Err(error::attribute_error(format!(
                    "attribute '{name}' of '{owner}' objects is not writable"
                )))
            }
        };
    }
    let index = as_member(descr).map(|m| m.index).unwrap_or(0);
    let Some(o) = obj.as_obj() else {
        return Err(error::attribute_error(name));
    };
    match value {
        Some(v) => {
            crate::objects::instance::slot_set(o, index, v);
            Ok(())
        }
        None => {
            let old = crate::objects::instance::slot_get(o, index);
            if old.is_null() {
                return Err(error::attribute_error(name));
            }
            crate::objects::instance::slot_set(o, index, Value::NULL);
            drop(old);
            Ok(())
        }
    }
}

fn descr_set(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__set__", 3)?;
    descr_store(vm, &a[0], &a[1], Some(a[2].clone()))?;
    Ok(Value::NONE)
}

fn descr_delete(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__delete__", 2)?;
    descr_store(vm, &a[0], &a[1], None)?;
    Ok(Value::NONE)
}

fn descr_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = args.this()?;
    let name = descr_name(d)?;
    let owner = member_owner(d, &name)
        .map(|o| typeobj::type_name(&o))
        .unwrap_or_else(|| "?".to_string());
    let kind = if as_member(d).is_some() || as_getset(d).is_some_and(|g| g.member) {
        "member"
    } else {
        "attribute"
    };
    Ok(pystr::new_string(format!(
        "<{kind} '{name}' of '{owner}' objects>"
    )))
}

/// The defining class: recorded for user classes' descriptors, else searched among the builtin types.
fn member_owner(d: &Value, name: &str) -> Option<ObjRef> {
    owner_hint(d).or_else(|| owner_of(d, name, None))
}

fn get_name(_vm: &mut Vm, d: &Value) -> PyResult<Value> {
    Ok(pystr::new_string(descr_name(d)?))
}

fn get_qualname(_vm: &mut Vm, d: &Value) -> PyResult<Value> {
    let name = descr_name(d)?;
    Ok(pystr::new_string(match member_owner(d, &name) {
        Some(o) => format!("{}.{name}", tdata(&o).qualname.borrow()),
        None => name,
    }))
}

fn get_objclass(_vm: &mut Vm, d: &Value) -> PyResult<Value> {
    let name = descr_name(d)?;
    match member_owner(d, &name) {
        Some(o) => Ok(Value::obj(o)),
        None => Err(error::attribute_error(format!(
            "'{}' object has no attribute '__objclass__'",
            type_name_of(d)
        ))),
    }
}

fn get_doc(_vm: &mut Vm, d: &Value) -> PyResult<Value> {
    let name = descr_name(d)?;
    let doc = member_owner(d, &name).and_then(|o| {
        let owner = typeobj::type_name(&o);
        let short = owner.rsplit('.').next().unwrap_or(&owner).to_string();
        crate::interp::builtin_docs::descriptor_doc(&short, &name)
    });
    Ok(doc.map_or(Value::NONE, pystr::new_str))
}

/// Owners of descriptors created for user classes (`__slots__` members, `__dict__`), recorded the first
/// time an instance proves which class holds them.
static OWNERS: crate::heap::GilShared<std::cell::RefCell<Vec<(usize, crate::heap::WeakHandle)>>> =
    crate::heap::GilShared(std::cell::RefCell::new(Vec::new()));

/// The class recorded for descriptor `d` (see `OWNERS`).
fn owner_hint(d: &Value) -> Option<ObjRef> {
    let addr = d.as_obj()?.addr();
    OWNERS.with(|o| {
        o.borrow()
            .iter()
            .find(|(a, _)| *a == addr)
            .and_then(|(_, w)| w.upgrade())
    })
}

/// Records `cls` as the class that defines descriptor `d` (called by whoever creates a descriptor for a user
/// class, so that `__objclass__` and `repr` can name it).
pub fn set_owner(d: &Value, cls: &ObjRef) {
    if let Some(o) = d.as_obj() {
        let addr = o.addr();
        let w = crate::heap::WeakHandle::new(cls);
        OWNERS.with(|t| {
            let mut t = t.borrow_mut();
            t.retain(|(_, w)| w.is_alive());
            t.push((addr, w));
        });
    }
}

/// Records the builtin type `cls` (immortal: its entry never goes stale) as the owner of getset `d`,
/// for the native types that `builtin_type_list` does not name (`_io.FileIO.closed.__doc__`).
pub fn set_builtin_owner(d: &Value, cls: &ObjRef) {
    if let Some(o) = d.as_obj() {
        let w = crate::heap::WeakHandle::new(cls);
        OWNERS.with(|t| t.borrow_mut().push((o.addr(), w)));
    }
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    use crate::objects::register::*;
    let t = types();
    for ty in [&t.member_descriptor, &t.getset_descriptor] {
        methods(
            ty,
            &[
                ("__get__", descr_get),
                ("__set__", descr_set),
                ("__delete__", descr_delete),
                ("__repr__", descr_repr),
            ],
        );
        getsets(
            ty,
            &[
                ("__name__", get_name, None),
                ("__qualname__", get_qualname, None),
                ("__objclass__", get_objclass, None),
                ("__doc__", get_doc, None),
            ],
        );
    }
    generic_alias::register();
}
