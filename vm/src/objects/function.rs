//! Python functions: a code object with its globals, defaults and closure.
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{call, Vm};
use crate::objects::builtin::Args;
use crate::objects::{code::Code, dict, str as pystr, tuple, types};
use std::cell::RefCell;

pub struct Function {
    pub code: RefCell<ObjRef>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// A tuple, or None.
    pub defaults: RefCell<Value>,
    /// A dict, or None.
    pub kwdefaults: RefCell<Value>,
    /// A tuple of cells, or None.
    pub closure: Value,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// A dict, or NULL until first asked for.
    pub annotations: RefCell<Value>,
    /// The function's `__dict__`, created on first attribute store.
    pub dict: RefCell<Option<ObjRef>>,
}

impl Payload for Function {
    const KIND: Kind = Kind::Function;
}

/// The function behind `v`, or the TypeError a descriptor of `function` raises for anything else.
fn this(v: &Value) -> PyResult<&Function> {
    v.as_obj()
        .and_then(|o| o.downcast::<Function>())
        .ok_or_else(|| {
            error::type_error(format!(
                "descriptor requires a 'function' object but received a '{}'",
                type_name_of(v)
            ))
        })
}

/// Replaces a field, dropping the old value only after the borrow ended (a drop may run `__del__`).
fn replace(cell: &RefCell<Value>, v: Value) {
    let old = std::mem::replace(&mut *cell.borrow_mut(), v);
    drop(old);
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.name.borrow().clone())
}

fn set_name(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = this(v)?;
    match new {
        Some(n) if pystr::as_str(&n).is_some() => {
            replace(&f.name, n);
            Ok(())
        }
        _ => Err(error::type_error("__name__ must be set to a string object")),
    }
}

fn get_qualname(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.qualname.borrow().clone())
}

fn set_qualname(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = this(v)?;
    match new {
        Some(n) if pystr::as_str(&n).is_some() => {
            replace(&f.qualname, n);
            Ok(())
        }
        _ => Err(error::type_error(
            "__qualname__ must be set to a string object",
        )),
    }
}

fn get_doc(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.doc.borrow().clone())
}

fn set_doc(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    replace(&this(v)?.doc, new.unwrap_or(Value::NONE));
    Ok(())
}

fn get_module(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.module.borrow().clone())
}

fn set_module(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    replace(&this(v)?.module, new.unwrap_or(Value::NONE));
    Ok(())
}

fn get_defaults(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.defaults.borrow().clone())
}

fn set_defaults(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = this(v)?;
    let new = new.unwrap_or(Value::NONE);
    if !new.is_none() && tuple::as_tuple(&new).is_none() {
        return Err(error::type_error(
            "__defaults__ must be set to a tuple object",
        ));
    }
    replace(&f.defaults, new);
    Ok(())
}

fn get_kwdefaults(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.kwdefaults.borrow().clone())
}

fn set_kwdefaults(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = this(v)?;
    let new = new.unwrap_or(Value::NONE);
    if !new.is_none() && dict::as_dict(&new).is_none() {
        return Err(error::type_error(
            "__kwdefaults__ must be set to a dict object",
        ));
    }
    replace(&f.kwdefaults, new);
    Ok(())
}

fn get_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::obj(this(v)?.code.borrow().clone()))
}

fn set_code(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = this(v)?;
    let Some(co) = new
        .as_ref()
        .and_then(|n| n.as_obj())
        .filter(|o| o.kind() == Kind::Code)
        .cloned()
    else {
        return Err(error::type_error("__code__ must be set to a code object"));
    };
    let nfree = co.downcast::<Code>().map(|c| c.freevars.len()).unwrap_or(0);
    let nclosure = tuple::as_tuple(&f.closure).map(|t| t.len()).unwrap_or(0);
    if nfree != nclosure {
        return Err(error::value_error(format!(
            "{}() requires a code object with {nclosure} free vars, not {nfree}",
            pystr::as_str(&f.name.borrow()).unwrap_or("?")
        )));
    }
    let old = std::mem::replace(&mut *f.code.borrow_mut(), co);
    drop(old);
    Ok(())
}

fn get_globals(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::obj(this(v)?.globals.clone()))
}

fn get_builtins(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::obj(this(v)?.builtins.clone()))
}

fn get_closure(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = this(v)?.closure.clone();
    Ok(if c.is_null() { Value::NONE } else { c })
}

/// 3.11's `MakeFunction` hands annotations over as a flat tuple `(name, value, name, value, ...)`; the dict is
/// built on first access.
pub fn annotations(vm: &mut Vm, f: &Function) -> PyResult<Value> {
    let cur = f.annotations.borrow().clone();
    if let Some(pairs) = tuple::as_tuple(&cur) {
        let d = dict::new_dict();
        if let Some(dd) = d.downcast::<dict::Dict>() {
            for kv in pairs.chunks(2) {
                if let [k, v] = kv {
                    dd.set(vm, k.clone(), v.clone())?;
                }
            }
        }
        replace(&f.annotations, Value::obj(d.clone()));
        return Ok(Value::obj(d));
    }
    if cur.is_null() || cur.is_none() {
        let d = Value::obj(dict::new_dict());
        replace(&f.annotations, d.clone());
        return Ok(d);
    }
    Ok(cur)
}

fn get_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    annotations(vm, this(v)?)
}

fn set_annotations(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = this(v)?;
    match new {
        None => replace(&f.annotations, Value::NULL),
        Some(n) if n.is_none() || dict::as_dict(&n).is_some() => replace(&f.annotations, n),
        Some(_) => {
            return Err(error::type_error(
                "__annotations__ must be set to a dict object",
            ))
        }
    }
    Ok(())
}

/// The function's `__dict__`, created on first use.
pub fn func_dict(f: &Function) -> ObjRef {
    f.dict
        .borrow_mut()
        .get_or_insert_with(dict::new_dict)
        .clone()
}

fn get_dict(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::obj(func_dict(this(v)?)))
}

fn set_dict(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = this(v)?;
    let Some(new) = new else {
        return Err(error::type_error("cannot delete __dict__"));
    };
    match new.as_obj().filter(|o| o.kind() == Kind::Dict) {
        Some(d) => {
            let old = f.dict.borrow_mut().replace(d.clone());
            drop(old);
            Ok(())
        }
        None => Err(error::type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            type_name_of(&new)
        ))),
    }
}

/// `function.__get__(obj, type=None)`: a bound method, or the function itself for class access.
fn get(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.positional();
    if a.len() < 2 {
        return Err(error::type_error(format!(
            " expected at least 1 argument, got {}",
            a.len().saturating_sub(1)
        )));
    }
    let a = args.range("__get__", 2, 3)?;
    this(&a[0])?;
    let (obj, ty) = (&a[1], a.get(2).cloned().unwrap_or(Value::NONE));
    if obj.is_none() {
        if ty.is_none() {
            return Err(error::type_error("__get__(None, None) is invalid"));
        }
        return Ok(a[0].clone());
    }
    Ok(crate::objects::method::new_method(
        a[0].clone(),
        obj.clone(),
    ))
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this()?;
    let f = this(v)?;
    let q = f.qualname.borrow().clone();
    let addr = v.as_obj().map(|o| o.addr()).unwrap_or(0);
    Ok(pystr::new_string(format!(
        "<function {} at {addr:#x}>",
        pystr::as_str(&q).unwrap_or("?")
    )))
}

/// `f.__call__(...)`: the frame runs in the caller's loop (`pending_frame`), not on the native stack.
fn call_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this()?;
    let f = this(v)?;
    let rest = args.rest();
    let kwnames = if rest.has_kwargs() {
        tuple::new_tuple(rest.kwnames.to_vec())
    } else {
        Value::NULL
    };
    let frame = call::function_frame(vm, f, v, rest.all.to_vec(), &kwnames)?;
    vm.pending_frame = Some(frame);
    Ok(Value::NULL)
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    use crate::objects::register::*;
    let t = &types().function;
    methods(
        t,
        &[("__get__", get), ("__repr__", repr), ("__call__", call_)],
    );
    getsets(
        t,
        &[
            ("__name__", get_name, Some(set_name)),
            ("__qualname__", get_qualname, Some(set_qualname)),
            ("__doc__", get_doc, Some(set_doc)),
            ("__module__", get_module, Some(set_module)),
            ("__defaults__", get_defaults, Some(set_defaults)),
            ("__kwdefaults__", get_kwdefaults, Some(set_kwdefaults)),
            ("__code__", get_code, Some(set_code)),
            ("__annotations__", get_annotations, Some(set_annotations)),
            ("__dict__", get_dict, Some(set_dict)),
        ],
    );
    // CPython's read-only struct members (`types.MemberDescriptorType` is `type(f.__globals__)`).
    readonly_members(
        t,
        &[
            ("__globals__", get_globals),
            ("__builtins__", get_builtins),
            ("__closure__", get_closure),
        ],
    );
}
