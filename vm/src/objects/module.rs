//! Modules: a namespace dict and a name.
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{attr, call, ops, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::typeobj::{self, tdata, tflag};
use crate::objects::{dict, str as pystr, types};

pub struct Module {
    /// The module's `__dict__` (a dict object).
    pub dict: ObjRef,
}

impl Payload for Module {
    const KIND: Kind = Kind::Module;
}

/// A new module object named `name` with a fresh namespace holding `__name__`, `__doc__`, etc.
pub fn new_module(name: &str) -> ObjRef {
    let d = crate::objects::dict::new_dict();
    if let Some(dd) = d.downcast::<crate::objects::dict::Dict>() {
        dd.set_rs("__name__", crate::objects::str::new_str(name));
        dd.set_rs("__doc__", crate::heap::Value::NONE);
        dd.set_rs("__package__", crate::heap::Value::NONE);
        dd.set_rs("__loader__", crate::heap::Value::NONE);
        dd.set_rs("__spec__", crate::heap::Value::NONE);
    }
    crate::heap::alloc(&crate::objects::types().module, Module { dict: d }, None)
}

pub fn module_dict(m: &ObjRef) -> Option<&crate::objects::dict::Dict> {
    m.downcast::<Module>()
        .and_then(|m| m.dict.downcast::<crate::objects::dict::Dict>())
}

/// The module's namespace dict object.
pub fn module_dict_obj(m: &ObjRef) -> ObjRef {
    match m.downcast::<Module>() {
        Some(md) => md.dict.clone(),
        None => crate::objects::dict::new_dict(),
    }
}

fn this(v: &Value) -> PyResult<&Module> {
    v.as_obj()
        .and_then(|o| o.downcast::<Module>())
        .ok_or_else(|| {
            error::type_error(format!(
                "descriptor requires a 'module' object but received a '{}'",
                type_name_of(v)
            ))
        })
}

fn ns(v: &Value) -> PyResult<&dict::Dict> {
    this(v)?
        .dict
        .downcast::<dict::Dict>()
        .ok_or_else(|| error::system_error("module without a namespace"))
}

/// `ModuleType.__new__`: an empty namespace; `__init__` names it. Subclass instances keep their attributes in
/// the namespace too (no separate attribute area), as CPython's modules do.
fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this()?;
    let Some(c) = typeobj::as_type(cls) else {
        return Err(error::type_error(format!(
            "module.__new__(X): X is not a type object ({})",
            type_name_of(cls)
        )));
    };
    if !typeobj::is_subtype(c, &types().module) {
        return Err(error::type_error(format!(
            "module.__new__({}): {} is not a subtype of module",
            typeobj::type_name(c),
            typeobj::type_name(c)
        )));
    }
    let m = Module {
        dict: dict::new_dict(),
    };
    Ok(Value::obj(crate::heap::alloc(c, m, None)))
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this_v = args.this()?.clone();
    let [name, doc] = args.rest().bind("module", ["name", "doc"], 1, 0)?;
    let name = name.unwrap_or(Value::NONE);
    if pystr::as_str(&name).is_none() {
        return Err(error::type_error(format!(
            "module() argument 'name' must be str, not {}",
            type_name_of(&name)
        )));
    }
    let d = ns(&this_v)?;
    d.set(vm, pystr::new_str("__name__"), name)?;
    d.set_rs("__doc__", doc.unwrap_or(Value::NONE));
    for k in ["__package__", "__loader__", "__spec__"] {
        d.set_rs(k, Value::NONE);
    }
    Ok(Value::NONE)
}

/// The text of `repr(module)`, after importlib's `_module_repr`.
fn module_repr(vm: &mut Vm, m: &Value) -> PyResult<String> {
    let d = ns(m)?;
    let name_v = d.get_rs("__name__");
    let name = match name_v.as_ref().and_then(pystr::as_str) {
        Some(n) => n.to_string(),
        None => "?".to_string(),
    };
    let loader = d.get_rs("__loader__").unwrap_or(Value::NONE);
    let spec = d.get_rs("__spec__").unwrap_or(Value::NONE);
    if !spec.is_none() {
        if let Some(origin) = attr::getattr_opt(vm, &spec, "origin")? {
            let sname = match attr::getattr_opt(vm, &spec, "name")? {
                Some(n) => protocols::str_string(vm, &n)?,
                None => name.clone(),
            };
            let spec_loader = attr::getattr_opt(vm, &spec, "loader")?.unwrap_or(Value::NONE);
            if origin.is_none() {
                if spec_loader.is_none() {
                    return Ok(format!("<module '{sname}'>"));
                }
                let r = protocols::repr_string(vm, &spec_loader)?;
                return Ok(format!("<module '{sname}' ({r})>"));
            }
            let o = protocols::str_string(vm, &origin)?;
            let has_location = match attr::getattr_opt(vm, &spec, "has_location")? {
                Some(h) => ops::truthy(vm, &h)?,
                None => false,
            };
            return Ok(if has_location {
                format!("<module '{sname}' from '{o}'>")
            } else {
                format!("<module '{sname}' ({o})>")
            });
        }
    }
    if let Some(file) = d.get_rs("__file__") {
        let f = protocols::str_string(vm, &file)?;
        return Ok(format!("<module '{name}' from '{f}'>"));
    }
    if loader.is_none() {
        let native =
            name == "builtins" || name == "sys" || vm.registry.modules.contains_key(name.as_str());
        return Ok(if native {
            format!("<module '{name}' (built-in)>")
        } else {
            format!("<module '{name}'>")
        });
    }
    let r = protocols::repr_string(vm, &loader)?;
    Ok(format!("<module '{name}' ({r})>"))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = args.this()?.clone();
    Ok(pystr::new_string(module_repr(vm, &m)?))
}

/// PEP 562: a module-level `__getattr__` answers names the namespace lacks.
fn getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__getattr__", 2)?;
    let d = ns(&a[0])?;
    if let Some(hook) = d.get_rs("__getattr__") {
        return crate::objects::builtin::tail_call(vm, &hook, vec![a[1].clone()]);
    }
    let attr_name = pystr::as_str(&a[1]).unwrap_or("").to_string();
    let Some(mname) = d.get_rs("__name__").filter(|n| pystr::as_str(n).is_some()) else {
        return Err(error::attribute_error(format!(
            "module has no attribute '{attr_name}'"
        )));
    };
    let mname = pystr::as_str(&mname).unwrap_or("").to_string();
    let spec = d.get_rs("__spec__").filter(|s| !s.is_none());
    let initializing = match &spec {
        Some(spec) => match attr::getattr_opt(vm, spec, "_initializing")? {
            Some(v) => ops::truthy(vm, &v)?,
            None => false,
        },
        None => false,
    };
    let pending_submodule = match &spec {
        Some(spec) if !initializing => {
            match attr::getattr_opt(vm, spec, "_uninitialized_submodules")? {
                Some(l) => crate::interp::protocols::iterate(vm, &l)?
                    .iter()
                    .any(|n| pystr::as_str(n) == Some(attr_name.as_str())),
                None => false,
            }
        }
        _ => false,
    };
    let msg = if initializing {
        format!(
            "partially initialized module '{mname}' has no attribute '{attr_name}' (most likely due to a circular import)"
        )
    } else if pending_submodule {
        format!(
            "cannot access submodule '{attr_name}' of module '{mname}' (most likely due to a circular import)"
        )
    } else {
        format!("module '{mname}' has no attribute '{attr_name}'")
    };
    Err(crate::interp::exc::attribute_error_with(
        msg,
        a[0].clone(),
        a[1].clone(),
    ))
}

/// `dir(module)`: the namespace's `__dir__` when it defines one, else its keys.
fn dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = args.this()?.clone();
    // The namespace as `__dict__` gives it (a subclass may override the attribute).
    let dv = attr::getattr(vm, &m, "__dict__")?;
    let Some(d) = dv.as_obj().and_then(|o| o.downcast::<dict::Dict>()) else {
        return Err(error::type_error("<module>.__dict__ is not a dictionary"));
    };
    if let Some(f) = d.get_rs("__dir__") {
        return call::call_value(vm, &f, vec![]);
    }
    Ok(crate::objects::list::new_list(d.keys()))
}

fn get_dict(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::obj(this(v)?.dict.clone()))
}

fn set_dict(_vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(error::attribute_error("readonly attribute"))
}

/// Module `__annotations__` (3.10+): created in the namespace on first access.
fn get_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = ns(v)?;
    match d.get_rs("__annotations__") {
        Some(a) => {
            if dict::as_dict(&a).is_none() {
                return Err(error::type_error("__annotations__ must be a dict"));
            }
            Ok(a)
        }
        None => {
            let a = Value::obj(dict::new_dict());
            d.set(vm, pystr::new_str("__annotations__"), a.clone())?;
            Ok(a)
        }
    }
}

fn set_annotations(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let d = ns(v)?;
    match new {
        Some(a) => d.set(vm, pystr::new_str("__annotations__"), a),
        None => match d.del_str(&pystr::intern("__annotations__")) {
            Some(old) => {
                drop(old);
                Ok(())
            }
            None => Err(error::attribute_error("__annotations__")),
        },
    }
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    use crate::objects::register::*;
    let t = &types().module;
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__init__", init),
            ("__repr__", repr),
            ("__getattr__", getattr),
            ("__dir__", dir),
        ],
    );
    getsets(
        t,
        &[
            ("__dict__", get_dict, Some(set_dict)),
            ("__annotations__", get_annotations, Some(set_annotations)),
        ],
    );
    tdata(t).set(tflag::HAS_GETATTR, true);
}
