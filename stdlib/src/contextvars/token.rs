//! `Token`: what `ContextVar.set` returns, to undo that `set` once with `ContextVar.reset`.
use super::types;
use crate::support::payload;
use std::cell::Cell;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::class_getitem;
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{attrs, classmethods, getsets, methods, statics};
use weft_vm::objects::str as pystr;

pub(super) struct Token {
    /// The context the `set` changed.
    pub(super) ctx: Value,
    pub(super) var: Value,
    /// The variable's value before the `set`; None: it had none (`Token.MISSING`).
    pub(super) old: Option<Value>,
    pub(super) used: Cell<bool>,
}

impl Traverse for Token {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.ctx);
        f(&self.var);
        self.old.iter().for_each(f);
    }
    fn clear(&self, _out: &mut Vec<Value>) {}
}

pub(super) fn new_token(ctx: Value, var: Value, old: Option<Value>) -> Value {
    let t = Token {
        ctx,
        var,
        old,
        used: Cell::new(false),
    };
    Value::obj(weft_vm::heap::alloc(
        &types().token,
        NativeObj::traced(t),
        None,
    ))
}

pub(super) fn data(v: &Value) -> Option<&Token> {
    payload::<Token>(v)
}

/// `<Token [used ]var=... at 0x...>`.
pub(super) fn repr_of(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some(t) = data(v) else {
        return Err(error::system_error("Token payload"));
    };
    let var = protocols::repr_string(vm, &t.var)?;
    let used = if t.used.get() { " used" } else { "" };
    let addr = v.as_obj().map_or(0, |o| o.addr());
    Ok(format!("<Token{used} var={var} at {addr:#x}>"))
}

fn new(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(error::runtime_error(
        "Tokens can only be created by ContextVars",
    ))
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    crate::support::this::<Token>(args, name, &types().token).map(|(v, _)| v)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = this(args, "__repr__")?;
    Ok(pystr::new_string(repr_of(vm, v)?))
}

fn get_var(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(data(v).map_or(Value::NONE, |t| t.var.clone()))
}

fn get_old_value(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(data(v).map_or(Value::NONE, |t| {
        t.old.clone().unwrap_or_else(|| types().missing.clone())
    }))
}

/// The one instance of `Token.MISSING`.
pub(super) fn missing_singleton(ty: &ObjRef) -> Value {
    statics(ty, &[("__new__", crate::support::no_new)]);
    methods(ty, &[("__repr__", missing_repr)]);
    let o = weft_vm::heap::alloc(ty, NativeObj::new(()), None);
    o.make_immortal();
    Value::obj(o)
}

fn missing_repr(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(pystr::new_str("<Token.MISSING>"))
}

pub(super) fn register(t: &ObjRef, _missing_type: &ObjRef, missing: &Value) {
    statics(t, &[("__new__", new)]);
    methods(t, &[("__repr__", repr)]);
    classmethods(t, &[("__class_getitem__", class_getitem)]);
    getsets(
        t,
        &[("var", get_var, None), ("old_value", get_old_value, None)],
    );
    attrs(t, vec![("MISSING", missing.clone())]);
    crate::support::method_docs(t, &[("__class_getitem__", "See PEP 585")]);
}
