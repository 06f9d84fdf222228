//! `super`: attribute lookup that starts after a given class in the MRO of an object's type. The object is
//! built complete by `__new__` (the collector reads its fields, so they are not mutable); `super()` without
//! arguments reads the caller's frame as CPython's `super_init_without_args`.
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::{attr, call, Flow, Vm};
use crate::objects::builtin::Args;
use crate::objects::typeobj::{self, tdata, tflag};
use crate::objects::{cell::CellObj, str as pystr, types};

pub struct Super {
    /// The class after which the MRO search starts.
    pub this: Value,
    /// The instance or class bound (or None for unbound super).
    pub obj: Value,
    /// The type whose MRO is searched (`type(obj)` or `obj` itself).
    pub obj_type: Value,
}

impl Payload for Super {
    const KIND: Kind = Kind::Super;
}

fn this(v: &Value) -> PyResult<&Super> {
    v.as_obj()
        .and_then(|o| o.downcast::<Super>())
        .ok_or_else(|| {
            error::type_error(format!(
                "descriptor requires a 'super' object but received a '{}'",
                type_name_of(v)
            ))
        })
}

/// `super_check`: the type whose MRO is searched, for an instance of `ty` or a subclass of it.
fn check(vm: &mut Vm, ty: &ObjRef, obj: &Value) -> PyResult<ObjRef> {
    if let Some(t) = typeobj::as_type(obj) {
        if typeobj::is_subtype(t, ty) {
            return Ok(t.clone());
        }
    }
    let oty = a_type(obj);
    if typeobj::is_subtype(&oty, ty) {
        return Ok(oty);
    }
    if let Some(c) = attr::getattr_opt(vm, obj, "__class__")? {
        if let Some(ct) = typeobj::as_type(&c) {
            if !ct.is(&oty) && typeobj::is_subtype(ct, ty) {
                return Ok(ct.clone());
            }
        }
    }
    Err(error::type_error(
        "super(type, obj): obj must be an instance or subtype of type",
    ))
}

/// `super()` with no arguments: the first argument of the calling function and its `__class__` cell.
fn from_frame(vm: &Vm) -> PyResult<(ObjRef, Value)> {
    let Some(f) = vm.caller_frame() else {
        return Err(error::runtime_error("super(): no current frame"));
    };
    let code = f.code();
    if code.argcount == 0 {
        return Err(error::runtime_error("super(): no arguments"));
    }
    let mut first = f.slots.first().cloned().unwrap_or(Value::NULL);
    let first_is_cell = code
        .varnames
        .first()
        .is_some_and(|n| code.cellvars.contains(n));
    if first_is_cell {
        if let Some(c) = first.as_obj().and_then(|o| o.downcast::<CellObj>()) {
            let inner = c.value.borrow().clone();
            first = inner;
        }
    }
    if first.is_null() {
        return Err(error::runtime_error("super(): arg[0] deleted"));
    }
    for (k, name) in code.freevars.iter().enumerate() {
        if name != "__class__" {
            continue;
        }
        let slot = f.slots.get(code.free_start + k).cloned();
        let Some(cell) = slot
            .as_ref()
            .and_then(|v| v.as_obj())
            .and_then(|o| o.downcast::<CellObj>())
        else {
            return Err(error::runtime_error("super(): bad __class__ cell"));
        };
        let cls = cell.value.borrow().clone();
        if cls.is_null() {
            return Err(error::runtime_error("super(): empty __class__ cell"));
        }
        return match typeobj::as_type(&cls) {
            Some(t) => Ok((t.clone(), first)),
            None => Err(error::runtime_error(format!(
                "super(): __class__ is not a type ({})",
                type_name_of(&cls)
            ))),
        };
    }
    Err(error::runtime_error("super(): __class__ cell not found"))
}

fn alloc_super(cls: &ObjRef, this: &ObjRef, obj: Value, obj_type: Option<ObjRef>) -> Value {
    let s = Super {
        this: Value::obj(this.clone()),
        obj: if obj_type.is_some() { obj } else { Value::NONE },
        obj_type: obj_type.map(Value::obj).unwrap_or(Value::NONE),
    };
    let cap = crate::interp::typecall::attr_capacity(cls);
    Value::obj(crate::heap::alloc(cls, s, cap))
}

/// `super.__new__(cls, type=<from frame>, obj=None)`: does `super_init`'s work.
fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this()?;
    let Some(cls) = typeobj::as_type(cls).cloned() else {
        return Err(error::type_error(format!(
            "super.__new__(X): X is not a type object ({})",
            type_name_of(cls)
        )));
    };
    let rest = args.rest();
    if rest.has_kwargs() {
        return Err(error::type_error("super() takes no keyword arguments"));
    }
    let a = rest.range("super()", 0, 2)?;
    let (ty, obj) = match a.len() {
        0 => from_frame(vm)?,
        _ => {
            let Some(t) = typeobj::as_type(&a[0]) else {
                return Err(error::type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    type_name_of(&a[0])
                )));
            };
            (t.clone(), a.get(1).cloned().unwrap_or(Value::NONE))
        }
    };
    let obj_type = if obj.is_none() {
        None
    } else {
        Some(check(vm, &ty, &obj)?)
    };
    Ok(alloc_super(&cls, &ty, obj, obj_type))
}

/// The work is done by `__new__`; `__init__` accepts the same arguments.
fn init(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args.this()?)?;
    Ok(Value::NONE)
}

/// `super_getattro`: search the MRO of the bound type after `__thisclass__`, binding what is found.
fn getattribute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__getattribute__", 2)?;
    let Some(name) = a[1].as_obj().filter(|o| o.kind() == Kind::Str) else {
        return Err(error::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(&a[1])
        )));
    };
    let name = pystr::intern_obj(name);
    let s = this(&a[0])?;
    let found = match (
        typeobj::as_type(&s.obj_type),
        typeobj::as_type(&s.this),
        pystr::as_str(&a[1]) == Some("__class__"),
    ) {
        (Some(start), Some(this_cls), false) => {
            let mro = tdata(start).mro.borrow().clone();
            let pos = mro.iter().position(|m| m.is(this_cls));
            let after = pos.map(|p| p + 1).unwrap_or(mro.len());
            mro[after.min(mro.len())..]
                .iter()
                .find_map(|m| tdata(m).dict.get_str(&name))
                .map(|res| (res, start.clone()))
        }
        _ => None,
    };
    let flow = match found {
        Some((res, start)) => {
            let bind_obj = if s.obj.as_obj().is_some_and(|o| o.is(&start)) {
                Value::NULL
            } else {
                s.obj.clone()
            };
            match attr::descr_get(vm, &res, &bind_obj, &start)? {
                Some(f) => f,
                None => Flow::Value(res),
            }
        }
        None => match attr::generic_getattr(vm, &a[0], &name)? {
            Some(f) => f,
            None => return Err(attr::no_attribute(&a[0], &name)),
        },
    };
    match flow {
        Flow::Value(v) => Ok(v),
        Flow::Frame(f) => {
            vm.pending_frame = Some(f);
            Ok(Value::NULL)
        }
        Flow::Pending => Ok(Value::NULL),
    }
}

/// Binding an unbound `super(T)` to an object: `super(T).__get__(obj)`.
fn get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("__get__", 2, 3)?;
    let s = this(&a[0])?;
    let obj = &a[1];
    if obj.is_none() || !s.obj_type.is_none() {
        return Ok(a[0].clone());
    }
    let cls = a_type(&a[0]);
    let this_cls = s.this.clone();
    if !cls.is(&types().super_) {
        return call::call_value(vm, &Value::obj(cls), vec![this_cls, obj.clone()]);
    }
    let Some(t) = typeobj::as_type(&this_cls).cloned() else {
        return Err(error::system_error("super without a type"));
    };
    let obj_type = check(vm, &t, obj)?;
    Ok(alloc_super(&cls, &t, obj.clone(), Some(obj_type)))
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(args.this()?)?;
    let this_name = typeobj::as_type(&s.this)
        .map(typeobj::type_name)
        .unwrap_or_else(|| "NULL".to_string());
    Ok(pystr::new_string(match typeobj::as_type(&s.obj_type) {
        Some(t) => format!(
            "<super: <class '{this_name}'>, <{} object>>",
            typeobj::type_name(t)
        ),
        None => format!("<super: <class '{this_name}'>, NULL>"),
    }))
}

fn get_thisclass(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.this.clone())
}

fn get_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.obj.clone())
}

fn get_self_class(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.obj_type.clone())
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    use crate::objects::register::*;
    let t = &types().super_;
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__init__", init),
            ("__getattribute__", getattribute),
            ("__get__", get),
            ("__repr__", repr),
        ],
    );
    getsets(
        t,
        &[
            ("__thisclass__", get_thisclass, None),
            ("__self__", get_self, None),
            ("__self_class__", get_self_class, None),
        ],
    );
    tdata(t).set(tflag::CUSTOM_GETATTRIBUTE, true);
}
