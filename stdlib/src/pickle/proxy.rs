//! `PicklerMemoProxy` and `UnpicklerMemoProxy`: what `pickler.memo` and `unpickler.memo` return, so
//! that `p.memo.clear()`, `p.memo.copy()` and `p.memo = other.memo` keep working although the
//! memos are native tables.
use super::memo::{ident, Memo};
use super::types;
use super::{pickler, unpickler};
use crate::support::payload;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::{dict, int, tuple};

/// The pickler or unpickler whose memo is shown.
pub(crate) struct Proxy(Value);

impl Traverse for Proxy {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.0);
    }
    fn clear(&self, _out: &mut Vec<Value>) {}
}

fn alloc(ty: &weft_vm::heap::ObjRef, owner: &Value) -> Value {
    Value::obj(weft_vm::heap::alloc(
        ty,
        NativeObj::traced(Proxy(owner.clone())),
        None,
    ))
}

pub(crate) fn new_pickler_proxy(pickler: &Value) -> Value {
    alloc(&types().pickler_proxy, pickler)
}

pub(crate) fn new_unpickler_proxy(unpickler: &Value) -> Value {
    alloc(&types().unpickler_proxy, unpickler)
}

fn owner<'a>(args: &Args<'a>, name: &str, pickler_side: bool) -> PyResult<&'a Value> {
    let t = types();
    let ty = if pickler_side {
        &t.pickler_proxy
    } else {
        &t.unpickler_proxy
    };
    let (_, p) = crate::support::this::<Proxy>(args, name, ty)?;
    let qualname = if pickler_side {
        "PicklerMemoProxy"
    } else {
        "UnpicklerMemoProxy"
    };
    args.rest().exact(&format!("{qualname}.{name}"), 0)?;
    Ok(&p.0)
}

/// The pickler memo as a dict: `{id(obj): (index, obj)}`.
fn pickler_copy_of(pickler: &Value) -> Value {
    let d = dict::new_dict();
    if let Some(dd) = d.downcast::<dict::Dict>() {
        for (idx, obj) in pickler::memo_entries(pickler) {
            let key = int::from_i64(ident(&obj) as i64);
            let _ = dd.set_fast(&key, tuple::new_tuple(vec![int::from_i64(idx as i64), obj]));
        }
    }
    Value::obj(d)
}

/// The unpickler memo as a dict: `{index: obj}`.
fn unpickler_copy_of(unpickler: &Value) -> Value {
    let d = dict::new_dict();
    if let Some(dd) = d.downcast::<dict::Dict>() {
        for (idx, obj) in unpickler::memo_entries(unpickler) {
            let _ = dd.set_fast(&int::from_i64(idx as i64), obj);
        }
    }
    Value::obj(d)
}

fn reduce_of(contents: Value) -> Value {
    let dict_type = Value::obj(weft_vm::objects::types().dict.clone());
    tuple::new_tuple(vec![dict_type, tuple::new_tuple(vec![contents])])
}

pub(crate) fn p_clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pickler::memo_clear(owner(args, "clear", true)?);
    Ok(Value::NONE)
}

pub(crate) fn p_copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(pickler_copy_of(owner(args, "copy", true)?))
}

pub(crate) fn p_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(reduce_of(pickler_copy_of(owner(args, "__reduce__", true)?)))
}

pub(crate) fn u_clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unpickler::memo_clear(owner(args, "clear", false)?);
    Ok(Value::NONE)
}

pub(crate) fn u_copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(unpickler_copy_of(owner(args, "copy", false)?))
}

pub(crate) fn u_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(reduce_of(unpickler_copy_of(owner(
        args,
        "__reduce__",
        false,
    )?)))
}

/// The proxy's owner when `v` is a proxy of the given side.
fn proxied(v: &Value, pickler_side: bool) -> Option<&Value> {
    let t = types();
    let ty = if pickler_side {
        &t.pickler_proxy
    } else {
        &t.unpickler_proxy
    };
    if !v.as_obj().is_some_and(|o| o.ty().is(ty)) {
        return None;
    }
    payload::<Proxy>(v).map(|p| &p.0)
}

/// A new pickler memo from what `pickler.memo = v` assigns: a proxy or a dict of `(index, obj)`.
pub(crate) fn pickler_memo_from(vm: &mut Vm, v: &Value) -> PyResult<Memo> {
    let mut memo = Memo::default();
    if let Some(p) = proxied(v, true) {
        for (idx, obj) in pickler::memo_entries(p) {
            memo.set(&obj, idx);
        }
        return Ok(memo);
    }
    let Some(d) = dict::as_dict(v) else {
        return Err(error::type_error(format!(
            "'memo' attribute must be a PicklerMemoProxy object or dict, not {}",
            type_name_of(v)
        )));
    };
    for (_, value) in d.items() {
        let Some([idx, obj]) = tuple::as_tuple(&value) else {
            return Err(error::type_error("'memo' values must be 2-item tuples"));
        };
        let i = weft_vm::objects::method_support::ssize_arg(vm, idx)?;
        memo.set(obj, i as usize);
    }
    Ok(memo)
}

/// A new unpickler memo from what `unpickler.memo = v` assigns: a proxy or a dict `{index: obj}`.
pub(crate) fn unpickler_memo_from(vm: &mut Vm, v: &Value) -> PyResult<Vec<(usize, Value)>> {
    if let Some(u) = proxied(v, false) {
        return Ok(unpickler::memo_entries(u));
    }
    let Some(d) = dict::as_dict(v) else {
        return Err(error::type_error(format!(
            "'memo' attribute must be an UnpicklerMemoProxy object or dict, not {}",
            type_name_of(v)
        )));
    };
    let mut out = Vec::new();
    for (key, value) in d.items() {
        if !int::is_int(&key) {
            return Err(error::type_error("memo key must be integers"));
        }
        let i = weft_vm::objects::method_support::ssize_arg(vm, &key)?;
        if i < 0 {
            return Err(error::value_error("memo key must be positive integers."));
        }
        out.push((i as usize, value));
    }
    Ok(out)
}
