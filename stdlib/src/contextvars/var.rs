//! `ContextVar(name, *, default)`: a key of contexts, with `get`, `set` and `reset`.
use super::{context, current, token, types};
use crate::support::payload;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{class_getitem, new_cls};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{classmethods, methods, readonly_members, statics};
use weft_vm::objects::str as pystr;

pub(super) struct Var {
    name: Value,
    default: std::cell::RefCell<Option<Value>>,
}

impl Traverse for Var {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.name);
        if let Ok(d) = self.default.try_borrow() {
            d.iter().for_each(f);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut d) = self.default.try_borrow_mut() {
            out.extend(d.take());
        }
    }
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    crate::support::this::<Var>(args, name, &types().var).map(|(v, _)| v)
}

/// `ContextVar.__new__(cls, name, /, *, default)`, with `PyArg_ParseTupleAndKeywords`' messages.
fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().var)?;
    let rest = args.rest();
    let pos = rest.positional();
    let given = pos.len() + rest.kwnames.len();
    if given > 2 {
        return Err(error::type_error(format!(
            "ContextVar() takes at most 2 arguments ({given} given)"
        )));
    }
    let [name] = pos else {
        return Err(error::type_error(format!(
            "ContextVar() takes {} 1 positional argument ({} given)",
            if pos.is_empty() { "exactly" } else { "at most" },
            pos.len()
        )));
    };
    let mut default = None;
    for (k, v) in rest.kwargs() {
        if k != "default" {
            return Err(error::type_error(format!(
                "'{k}' is an invalid keyword argument for ContextVar()"
            )));
        }
        default = Some(v.clone());
    }
    if pystr::as_str(name).is_none() {
        return Err(error::type_error("context variable name must be a str"));
    }
    let var = Var {
        name: name.clone(),
        default: std::cell::RefCell::new(default),
    };
    Ok(Value::obj(
        weft_vm::objects::method_support::alloc_instance(cls, NativeObj::traced(var)),
    ))
}

/// `get([default])`: the value in the current context, else `default`, else the variable's
/// default, else `LookupError(var)`.
fn get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let var = this(args, "get")?;
    let a = args.rest().range("get", 0, 1)?;
    if let Some(v) = vm.context.as_ref().and_then(|c| context::lookup(c, var)) {
        return Ok(v);
    }
    let default = a
        .first()
        .cloned()
        .or_else(|| payload::<Var>(var).and_then(|d| d.default.borrow().clone()));
    default.ok_or_else(|| lookup_error(var))
}

fn lookup_error(var: &Value) -> PyErr {
    PyErr::with_value(&weft_vm::objects::types().lookup_error, var.clone())
}

/// `set(value)`: binds the variable in the current context and returns a `Token` to undo it.
fn set(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let var = this(args, "set")?;
    let a =
        weft_vm::objects::method_support::exact_named(&args.rest(), 1, || "ContextVar.set".into())?;
    let ctx = current(vm);
    let old = context::lookup(&ctx, var);
    let tok = token::new_token(Value::obj(ctx.clone()), var.clone(), old);
    let replaced = context::assign(&ctx, var, a[0].clone());
    drop(replaced);
    Ok(tok)
}

/// `reset(token)`: restores the value the variable had before the `set` that made `token`.
fn reset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let var = this(args, "reset")?;
    let a = weft_vm::objects::method_support::exact_named(&args.rest(), 1, || {
        "ContextVar.reset".into()
    })?;
    let Some(tok) = token::data(&a[0]) else {
        let r = protocols::repr_string(vm, &a[0])?;
        return Err(error::type_error(format!(
            "expected an instance of Token, got {r}"
        )));
    };
    if tok.used.get() {
        let r = token::repr_of(vm, &a[0])?;
        return Err(error::runtime_error(format!(
            "{r} has already been used once"
        )));
    }
    if tok.var.bits() != var.bits() {
        let r = token::repr_of(vm, &a[0])?;
        return Err(error::value_error(format!(
            "{r} was created by a different ContextVar"
        )));
    }
    let ctx = current(vm);
    if tok.ctx.as_obj().is_none_or(|c| !c.is(&ctx)) {
        let r = token::repr_of(vm, &a[0])?;
        return Err(error::value_error(format!(
            "{r} was created in a different Context"
        )));
    }
    tok.used.set(true);
    match &tok.old {
        Some(old) => drop(context::assign(&ctx, var, old.clone())),
        None => {
            if context::remove(&ctx, var).is_none() {
                return Err(lookup_error(var));
            }
        }
    }
    Ok(Value::NONE)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let var = this(args, "__repr__")?;
    let Some(d) = payload::<Var>(var) else {
        return Err(error::system_error("ContextVar payload"));
    };
    let mut s = format!("<ContextVar name={}", protocols::repr_string(vm, &d.name)?);
    let default = d.default.borrow().clone();
    if let Some(def) = default {
        s.push_str(" default=");
        s.push_str(&protocols::repr_string(vm, &def)?);
    }
    let addr = var.as_obj().map_or(0, |o| o.addr());
    s.push_str(&format!(" at {addr:#x}>"));
    Ok(pystr::new_string(s))
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<Var>(v).map_or(Value::NONE, |d| d.name.clone()))
}

pub(super) fn register(t: &ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("get", get),
            ("set", set),
            ("reset", reset),
            ("__repr__", repr),
        ],
    );
    classmethods(t, &[("__class_getitem__", class_getitem)]);
    readonly_members(t, &[("name", get_name)]);
    crate::support::method_docs(
        t,
        &[
            ("get", "Return a value for the context variable for the current context.\n\nIf there is no value for the variable in the current context, the method will:\n * return the value of the default argument of the method, if provided; or\n * return the default value for the context variable, if it was created\n   with one; or\n * raise a LookupError."),
            ("set", "Call to set a new value for the context variable in the current context.\n\nThe required value argument is the new value for the context variable.\n\nReturns a Token object that can be used to restore the variable to its previous\nvalue via the `ContextVar.reset()` method."),
            ("reset", "Reset the context variable.\n\nThe variable is reset to the value it had before the `ContextVar.set()` that\ncreated the token was used."),
            ("__class_getitem__", "See PEP 585"),
        ],
    );
}
