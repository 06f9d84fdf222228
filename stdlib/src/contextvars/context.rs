//! `Context`: a mapping from context variables to values, entered by `run`.
use super::types;
use std::cell::{Cell, RefCell};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{call, ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{exact_named, not_implemented};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{methods, statics};
use weft_vm::objects::tuple;
use weft_vm::objects::typeobj::tdata;

/// (variable, value) pairs, keyed by the variable's identity.
pub(super) type Vars = Vec<(Value, Value)>;

pub(super) struct Context {
    vars: RefCell<Vars>,
    /// The context that was current when `run` entered this one.
    prev: RefCell<Option<ObjRef>>,
    entered: Cell<bool>,
}

impl Traverse for Context {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(vars) = self.vars.try_borrow() {
            for (k, v) in vars.iter() {
                f(k);
                f(v);
            }
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut vars) = self.vars.try_borrow_mut() {
            for (k, v) in vars.drain(..) {
                out.push(k);
                out.push(v);
            }
        }
    }
}

pub(super) fn new_context(vars: Vars) -> ObjRef {
    let c = Context {
        vars: RefCell::new(vars),
        prev: RefCell::new(None),
        entered: Cell::new(false),
    };
    weft_vm::heap::alloc(&types().context, NativeObj::traced(c), None)
}

fn data(c: &ObjRef) -> Option<&Context> {
    c.downcast::<NativeObj>()?.get::<Context>()
}

/// A copy of `c`'s mapping.
pub(super) fn vars_of(c: &ObjRef) -> Vars {
    data(c).map_or_else(Vec::new, |d| d.vars.borrow().clone())
}

/// The value of `var` in `c`.
pub(super) fn lookup(c: &ObjRef, var: &Value) -> Option<Value> {
    let d = data(c)?;
    let vars = d.vars.borrow();
    vars.iter()
        .find(|(k, _)| k.bits() == var.bits())
        .map(|(_, v)| v.clone())
}

/// Binds `var` to `value` in `c`; the value replaced, if any, is returned for the caller to drop.
pub(super) fn assign(c: &ObjRef, var: &Value, value: Value) -> Option<Value> {
    let d = data(c)?;
    let mut vars = d.vars.borrow_mut();
    match vars.iter_mut().find(|(k, _)| k.bits() == var.bits()) {
        Some(slot) => Some(std::mem::replace(&mut slot.1, value)),
        None => {
            vars.push((var.clone(), value));
            None
        }
    }
}

/// Removes `var` from `c`, returning its binding (None when it had none).
pub(super) fn remove(c: &ObjRef, var: &Value) -> Option<(Value, Value)> {
    let d = data(c)?;
    let mut vars = d.vars.borrow_mut();
    let i = vars.iter().position(|(k, _)| k.bits() == var.bits())?;
    Some(vars.remove(i))
}

/// The receiver of a `Context` method, as an object (a payload implies one).
fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a ObjRef, &'a Context)> {
    let (v, d) = crate::support::this::<Context>(args, name, &types().context)?;
    match v.as_obj() {
        Some(o) => Ok((o, d)),
        None => Err(error::system_error("Context receiver")),
    }
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    weft_vm::objects::method_support::new_cls(args, &types().context)?;
    if args.all.len() > 1 {
        return Err(error::type_error("Context() does not accept any arguments"));
    }
    Ok(Value::obj(new_context(Vec::new())))
}

/// A variable key of the mapping methods, with CPython's message for anything else.
fn var_key(vm: &mut Vm, v: &Value) -> PyResult<()> {
    if crate::support::is_instance(v, &types().var) {
        return Ok(());
    }
    Err(bad_key(vm, v))
}

#[cold]
fn bad_key(vm: &mut Vm, v: &Value) -> PyErr {
    match protocols::repr_string(vm, v) {
        Ok(r) => error::type_error(format!("a ContextVar key was expected, got {r}")),
        Err(e) => e,
    }
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (c, _) = this(args, "__getitem__")?;
    let a = args.rest().exact("__getitem__", 1)?;
    var_key(vm, &a[0])?;
    lookup(c, &a[0]).ok_or_else(|| error::key_error(a[0].clone()))
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (c, _) = this(args, "__contains__")?;
    let a = args.rest().exact("__contains__", 1)?;
    var_key(vm, &a[0])?;
    Ok(Value::bool(lookup(c, &a[0]).is_some()))
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this(args, "__len__")?;
    args.rest().exact("__len__", 0)?;
    Ok(weft_vm::objects::int::from_i64(d.vars.borrow().len() as i64))
}

/// `get(key, default=None)`.
fn get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (c, _) = this(args, "get")?;
    let a = args.rest().range("get", 1, 2)?;
    var_key(vm, &a[0])?;
    Ok(lookup(c, &a[0]).unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::NONE)))
}

/// The variables, values or pairs of the mapping.
fn listing(args: &Args, name: &str, f: fn(&(Value, Value)) -> Value) -> PyResult<Vec<Value>> {
    let (_, d) = this(args, name)?;
    exact_named(&args.rest(), 0, || format!("Context.{name}"))?;
    let items = d.vars.borrow().iter().map(f).collect();
    Ok(items)
}

fn keys(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = listing(args, "keys", |(k, _)| k.clone())?;
    Ok(super::views::new_view(&types().keys, items))
}

fn values(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = listing(args, "values", |(_, v)| v.clone())?;
    Ok(super::views::new_view(&types().values, items))
}

fn items(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = listing(args, "items", |(k, v)| {
        tuple::new_tuple(vec![k.clone(), v.clone()])
    })?;
    Ok(super::views::new_view(&types().items, items))
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let keys = listing(args, "__iter__", |(k, _)| k.clone())?;
    Ok(super::views::new_view(&types().keys, keys))
}

fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this(args, "copy")?;
    exact_named(&args.rest(), 0, || "Context.copy".into())?;
    let vars = d.vars.borrow().clone();
    Ok(Value::obj(new_context(vars)))
}

/// `a == b`: the same variables, bound to equal values.
fn eq_vars(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let (x, y) = (vars_of(a), vars_of(b));
    if x.len() != y.len() {
        return Ok(false);
    }
    for (k, v) in &x {
        let Some(w) = lookup(b, k) else {
            return Ok(false);
        };
        if !ops::eq_bool(vm, v, &w)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn compare<const NE: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = if NE { "__ne__" } else { "__eq__" };
    let (c, _) = this(args, name)?;
    let a = args.rest().exact(name, 1)?;
    let Some(other) = a[0].as_obj().filter(|o| data(o).is_some()) else {
        return Ok(not_implemented());
    };
    Ok(Value::bool(eq_vars(vm, c, other)? != NE))
}

/// Makes `c` the current context; CPython's `_PyContext_Enter`.
fn enter(vm: &mut Vm, c: &ObjRef, d: &Context) -> PyResult<()> {
    if d.entered.get() {
        return Err(error::runtime_error(format!(
            "cannot enter context: {} is already entered",
            weft_vm::objects::object::default_repr(&Value::obj(c.clone()))
        )));
    }
    let prev = vm.context.replace(c.clone());
    *d.prev.borrow_mut() = prev;
    d.entered.set(true);
    Ok(())
}

/// Restores the context `run` replaced; CPython's `_PyContext_Exit`.
fn exit(vm: &mut Vm, c: &ObjRef, d: &Context) -> PyResult<()> {
    if vm.context.as_ref().is_some_and(|cur| !cur.is(c)) {
        return Err(error::runtime_error(
            "cannot exit context: thread state references a different context object",
        ));
    }
    let prev = d.prev.borrow_mut().take();
    d.entered.set(false);
    let _old = std::mem::replace(&mut vm.context, prev);
    Ok(())
}

/// `run(callable, *args, **kwargs)`: calls `callable` with this context current.
fn run(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (c, d) = this(args, "run")?;
    let rest = args.rest();
    let Some((callable, _)) = rest.positional().split_first() else {
        return Err(error::type_error(
            "run() missing 1 required positional argument",
        ));
    };
    let c = c.clone();
    enter(vm, &c, d)?;
    let call_args = rest.all[1..].to_vec();
    let kwnames = if rest.has_kwargs() {
        tuple::new_tuple(rest.kwnames.to_vec())
    } else {
        Value::NULL
    };
    let r = call::call_flow(vm, callable, call_args, &kwnames).and_then(|f| call::run_flow(vm, f));
    exit(vm, &c, d)?;
    r
}

pub(super) fn register(t: &ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("run", run),
            ("copy", copy),
            ("get", get),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("__getitem__", getitem),
            ("__contains__", contains),
            ("__len__", len),
            ("__iter__", iter),
            ("__eq__", compare::<false>),
            ("__ne__", compare::<true>),
        ],
    );
    crate::support::method_docs(
        t,
        &[
            ("copy", "Return a shallow copy of the context object."),
            ("get", "Return the value for `key` if `key` has the value in the context object.\n\nIf `key` does not exist, return `default`. If `default` is not given,\nreturn None."),
            ("items", "Return all variables and their values in the context object.\n\nThe result is returned as a list of 2-tuples (variable, value)."),
            ("keys", "Return a list of all variables in the context object."),
            ("values", "Return a list of all variables' values in the context object."),
        ],
    );
    tdata(t).dict.set_rs("__hash__", Value::NONE);
}
