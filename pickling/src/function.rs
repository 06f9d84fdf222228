//! Functions and cells. A function its module can name pickles by reference, as CPython pickles every
//! function; a lambda, a nested function or a closure pickles by value: its code, its module's
//! namespace (by name), defaults, closure cells and attributes. Cells are made empty and filled by
//! `__setstate__`, so a recursive closure (a cell holding its own function) comes back whole.
use weft_vm::heap::{Kind, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{attr, import, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::cell::{new_cell, CellObj};
use weft_vm::objects::code::Code;
use weft_vm::objects::function::{self, Function};
use weft_vm::objects::{dict, str as pystr, tuple, types};

use crate::errors::bad_state;

/// Whether `module.qualname` names `f` itself (what pickle's `save_global` would find).
fn named_globally(vm: &mut Vm, f: &Value, func: &Function) -> bool {
    let module = func.module.borrow().clone();
    let qualname = func.qualname.borrow().clone();
    let (Some(module), Some(qualname)) = (pystr::as_str(&module), pystr::as_str(&qualname)) else {
        return false;
    };
    if qualname.contains("<locals>") || qualname.contains("<lambda>") {
        return false;
    }
    let (module, qualname) = (module.to_string(), qualname.to_string());
    let Ok(mut obj) = import::import_abs(vm, &module) else {
        return false;
    };
    for part in qualname.split('.') {
        match attr::getattr_opt(vm, &obj, part) {
            Ok(Some(v)) => obj = v,
            _ => return false,
        }
    }
    obj.bits() == f.bits()
}

/// `function.__reduce__()`: the qualified name when the function's module names it, else
/// `(_weft_pickling.function, (code, globals, name, defaults, closure, qualname, kwdefaults, doc,
/// module, annotations), __dict__ or None)`.
pub fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let Some(func) = me.as_obj().and_then(|o| o.downcast::<Function>()) else {
        return Err(crate::errors::pickling_error(vm, "not a function"));
    };
    if named_globally(vm, &me, func) {
        return Ok(func.qualname.borrow().clone());
    }
    let annotations = function::annotations(vm, func)?;
    let code = Value::obj(func.code.borrow().clone());
    let fields = vec![
        code,
        crate::globals::globals_ref(vm, &func.globals),
        func.name.borrow().clone(),
        func.defaults.borrow().clone(),
        func.closure.clone(),
        func.qualname.borrow().clone(),
        func.kwdefaults.borrow().clone(),
        func.doc.borrow().clone(),
        func.module.borrow().clone(),
        annotations,
    ];
    let state = match &*func.dict.borrow() {
        Some(d) if dict::as_dict(&Value::obj(d.clone())).is_some_and(|d| !d.is_empty()) => {
            Value::obj(d.clone())
        }
        _ => Value::NONE,
    };
    let f = crate::module::reconstructor(vm, "function")?;
    Ok(tuple::new_tuple(vec![f, tuple::new_tuple(fields), state]))
}

/// `_weft_pickling.function(code, globals, name, defaults, closure, qualname, kwdefaults, doc, module,
/// annotations)`.
pub fn rebuild(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("function", 10)?;
    let Some(code) = a[0].as_obj().filter(|o| o.downcast::<Code>().is_some()) else {
        return Err(bad_state(vm, "function"));
    };
    let nfree = code.downcast::<Code>().map_or(0, |c| c.freevars.len());
    let closure_ok = match tuple::as_tuple(&a[4]) {
        Some(cells) => {
            cells.len() == nfree
                && cells
                    .iter()
                    .all(|c| c.as_obj().is_some_and(|o| o.kind() == Kind::Cell))
        }
        None => a[4].is_none() && nfree == 0,
    };
    let optional = |v: &Value, ok: bool| v.is_none() || ok;
    if !closure_ok
        || pystr::as_str(&a[2]).is_none()
        || pystr::as_str(&a[5]).is_none()
        || !optional(&a[3], tuple::as_tuple(&a[3]).is_some())
        || !optional(&a[6], dict::as_dict(&a[6]).is_some())
        || !optional(&a[9], dict::as_dict(&a[9]).is_some())
    {
        return Err(bad_state(vm, "function"));
    }
    let globals = crate::globals::globals_from(vm, &a[1])?;
    let builtins = vm.builtins.clone();
    use std::cell::RefCell as cell;
    let f = Function {
        code: cell::new(code.clone()),
        globals,
        builtins,
        name: cell::new(a[2].clone()),
        qualname: cell::new(a[5].clone()),
        defaults: cell::new(a[3].clone()),
        kwdefaults: cell::new(a[6].clone()),
        closure: a[4].clone(),
        doc: cell::new(a[7].clone()),
        module: cell::new(a[8].clone()),
        annotations: cell::new(if a[9].is_none() {
            Value::NULL
        } else {
            a[9].clone()
        }),
        dict: cell::new(None),
    };
    Ok(Value::obj(weft_vm::heap::alloc(&types().function, f, None)))
}

/// `cell.__reduce__()`: `(_weft_pickling.cell, (), (contents,))`, or `()` as the state of an empty
/// cell.
pub fn reduce_cell(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let Some(c) = me.as_obj().and_then(|o| o.downcast::<CellObj>()) else {
        return Err(crate::errors::pickling_error(vm, "not a cell"));
    };
    let v = c.value.borrow().clone();
    let state = if v.is_null() { vec![] } else { vec![v] };
    let f = crate::module::reconstructor(vm, "cell")?;
    Ok(tuple::new_tuple(vec![
        f,
        tuple::new_tuple(vec![]),
        tuple::new_tuple(state),
    ]))
}

/// `_weft_pickling.cell()`: an empty cell.
pub fn rebuild_cell(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("cell", 0)?;
    Ok(Value::obj(new_cell(Value::NULL)))
}

/// `cell.__setstate__(state)`: `(contents,)`, or `()` to empty it.
pub fn setstate_cell(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let a = args.rest().exact("__setstate__", 1)?;
    let (Some(c), Some(state)) = (
        me.as_obj().and_then(|o| o.downcast::<CellObj>()),
        tuple::as_tuple(&a[0]),
    ) else {
        return Err(bad_state(vm, "cell"));
    };
    let v = match state {
        [] => Value::NULL,
        [v] => v.clone(),
        _ => return Err(bad_state(vm, "cell")),
    };
    let old = std::mem::replace(&mut *c.value.borrow_mut(), v);
    drop(old);
    Ok(Value::NONE)
}
