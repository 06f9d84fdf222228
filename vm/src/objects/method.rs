//! Bound methods: a function and the object it was looked up on. Attributes the method type does not define
//! are read from the function.
use crate::heap::{Kind, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{attr, call, ops, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::typeobj::{self, tdata, tflag};
use crate::objects::{str as pystr, tuple, types};

pub struct Method {
    pub func: Value,
    pub self_: Value,
}

impl Payload for Method {
    const KIND: Kind = Kind::Method;
}

pub fn new_method(func: Value, self_: Value) -> Value {
    Value::obj(crate::heap::alloc(
        &crate::objects::types().method,
        Method { func, self_ },
        None,
    ))
}

fn this(v: &Value) -> PyResult<&Method> {
    v.as_obj()
        .and_then(|o| o.downcast::<Method>())
        .ok_or_else(|| {
            error::type_error(format!(
                "descriptor requires a 'method' object but received a '{}'",
                type_name_of(v)
            ))
        })
}

fn get_func(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.func.clone())
}

fn get_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.self_.clone())
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = this(v)?.func.clone();
    attr::getattr(vm, &f, "__doc__")
}

/// `types.MethodType(func, obj)`.
fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(error::type_error("method() takes no keyword arguments"));
    }
    let a = args.rest();
    let a = a.range("method", 2, 2)?;
    if !crate::interp::builtins_mod::is_callable(&a[0]) {
        return Err(error::type_error("first argument must be callable"));
    }
    if a[1].is_none() {
        return Err(error::type_error("instance must not be None"));
    }
    Ok(new_method(a[0].clone(), a[1].clone()))
}

/// `method_getattro`: the method type's own descriptors first, then the function's attributes.
fn getattribute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__getattribute__", 2)?;
    let Some(name) = a[1].as_obj().filter(|o| o.kind() == Kind::Str) else {
        return Err(error::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(&a[1])
        )));
    };
    let name = pystr::intern_obj(name);
    let ty = ops::a_type(&a[0]);
    if let Some(d) = typeobj::lookup(&ty, &name) {
        return match attr::descr_get(vm, &d, &a[0], &ty)? {
            Some(flow) => call::run_flow(vm, flow),
            None => Ok(d),
        };
    }
    let func = this(&a[0])?.func.clone();
    let flow = attr::load_attr(vm, func, &name, false)?;
    call::run_flow(vm, flow)
}

fn eq_impl(args: &Args, name: &str) -> PyResult<Option<(bool, Value, Value)>> {
    let a = args.exact(name, 2)?;
    let (Some(x), Some(y)) = (
        a[0].as_obj().and_then(|o| o.downcast::<Method>()),
        a[1].as_obj().and_then(|o| o.downcast::<Method>()),
    ) else {
        return Ok(None);
    };
    Ok(Some((
        x.self_.bits() == y.self_.bits(),
        x.func.clone(),
        y.func.clone(),
    )))
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match eq_impl(args, "__eq__")? {
        None => Ok(Value::obj(types().not_implemented.clone())),
        Some((same_self, f, g)) => Ok(Value::bool(same_self && ops::eq_bool(vm, &f, &g)?)),
    }
}

fn ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match eq_impl(args, "__ne__")? {
        None => Ok(Value::obj(types().not_implemented.clone())),
        Some((same_self, f, g)) => Ok(Value::bool(!(same_self && ops::eq_bool(vm, &f, &g)?))),
    }
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = this(args.this()?)?;
    let (s, f) = (m.self_.clone(), m.func.clone());
    let x = match s.as_obj() {
        Some(o) => ops::identity_hash(o),
        None => ops::builtin_hash(&s).unwrap_or(0),
    };
    let h = x ^ ops::hash(vm, &f)?;
    Ok(crate::objects::int::from_i64(if h == -1 { -2 } else { h }))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = this(args.this()?)?;
    let (s, f) = (m.self_.clone(), m.func.clone());
    let name = match attr::getattr_opt(vm, &f, "__qualname__")? {
        Some(n) => Some(n),
        None => attr::getattr_opt(vm, &f, "__name__")?,
    };
    let name = match name.as_ref().and_then(pystr::as_str) {
        Some(n) => n.to_string(),
        None => "?".to_string(),
    };
    let r = protocols::repr_string(vm, &s)?;
    Ok(pystr::new_string(format!("<bound method {name} of {r}>")))
}

/// Calls the function with the bound object first; a Python function runs in the caller's loop.
fn call_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = this(args.this()?)?;
    let rest = args.rest();
    let mut all = Vec::with_capacity(rest.all.len() + 1);
    all.push(m.self_.clone());
    all.extend(rest.all.iter().cloned());
    let func = m.func.clone();
    crate::objects::builtin::tail_call_kw(vm, &func, all, rest.kwnames)
}

/// Pickles as `getattr(obj, name)`.
fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = this(args.this()?)?;
    let (s, f) = (m.self_.clone(), m.func.clone());
    let name = attr::getattr(vm, &f, "__name__")?;
    let getattr = vm
        .builtins
        .downcast::<crate::objects::dict::Dict>()
        .and_then(|d| d.get_rs("getattr"))
        .unwrap_or(Value::NONE);
    Ok(tuple::new_tuple(vec![
        getattr,
        tuple::new_tuple(vec![s, name]),
    ]))
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    use crate::objects::register::*;
    let t = &types().method;
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__getattribute__", getattribute),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__hash__", hash),
            ("__repr__", repr),
            ("__call__", call_),
            ("__reduce__", reduce),
        ],
    );
    getsets(
        t,
        &[
            ("__func__", get_func, None),
            ("__self__", get_self, None),
            ("__doc__", get_doc, None),
        ],
    );
    // `==` and `hash()` must reach `__eq__`/`__hash__` (the builtin fast paths compare identities).
    tdata(t).set(tflag::CUSTOM_GETATTRIBUTE | tflag::USER_SPECIALS, true);
}
