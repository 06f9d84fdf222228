//! Namespaces in pickles: a frame's or function's globals are its module's, saved as the module (by
//! name, as pickle saves functions), so the unpickling process binds them to its own copy of it.
use weft_vm::heap::{Kind, ObjRef, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::{dict, module, str as pystr};

/// The module whose namespace `globals` is, found in `sys.modules` under `globals['__name__']`, or the
/// dict itself when it belongs to no module (code run by `exec` with a dict of its own).
pub fn globals_ref(vm: &Vm, globals: &ObjRef) -> Value {
    let g = Value::obj(globals.clone());
    let named = dict::as_dict(&g)
        .and_then(|d| d.get_rs("__name__"))
        .and_then(|n| pystr::as_str(&n).map(str::to_string));
    if let Some(name) = named {
        if let Some(m) =
            dict::as_dict(&Value::obj(vm.modules.clone())).and_then(|d| d.get_rs(&name))
        {
            if let Some(mo) = m.as_obj().filter(|o| o.kind() == Kind::Module) {
                if module::module_dict_obj(mo).is(globals) {
                    return m;
                }
            }
        }
    }
    g
}

/// The namespace a [`globals_ref`] stands for.
pub fn globals_from(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match v.as_obj() {
        Some(o) if o.kind() == Kind::Module => Ok(module::module_dict_obj(o)),
        Some(o) if dict::as_dict(v).is_some() => Ok(o.clone()),
        _ => Err(crate::errors::bad_state(vm, "globals")),
    }
}

/// A frame's or function's builtins: None for the interpreter's own, else the dict.
pub fn builtins_ref(vm: &Vm, builtins: &ObjRef) -> Value {
    if builtins.is(&vm.builtins) {
        Value::NONE
    } else {
        Value::obj(builtins.clone())
    }
}

/// The builtins a [`builtins_ref`] stands for.
pub fn builtins_from(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    if v.is_none() {
        return Ok(vm.builtins.clone());
    }
    match v.as_obj() {
        Some(o) if dict::as_dict(v).is_some() => Ok(o.clone()),
        _ => Err(crate::errors::bad_state(vm, "builtins")),
    }
}
