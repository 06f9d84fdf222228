//! `BaseExceptionGroup` and `ExceptionGroup`: construction rules, `message`, `exceptions`, `subgroup`,
//! `split` and `derive`.
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{attr, call, exc, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::typeobj::{self, tdata, tflag};
use crate::objects::{instance, str as pystr, tuple, types};

fn field(v: &Value, n: &str) -> Value {
    v.as_obj()
        .and_then(|o| instance::get(o, &pystr::intern(n)))
        .unwrap_or(Value::NONE)
}

fn eg_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this()?;
    let c = typeobj::as_type(cls)
        .cloned()
        .ok_or_else(|| error::type_error("not a type"))?;
    let rest = args.rest();
    let name = typeobj::type_name(&c);
    if rest.has_kwargs() {
        return Err(error::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let pos = rest.positional();
    if pos.len() != 2 {
        return Err(error::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    }
    if pystr::as_str(&pos[0]).is_none() {
        return Err(error::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name_of(&pos[0])
        )));
    }
    let is_seq = pos[1]
        .as_obj()
        .is_some_and(|o| matches!(o.kind(), crate::heap::Kind::List | crate::heap::Kind::Tuple))
        || typeobj::lookup_str(&crate::interp::ops::a_type(&pos[1]), "__getitem__").is_some()
            && typeobj::lookup_str(&crate::interp::ops::a_type(&pos[1]), "__len__").is_some();
    if !is_seq || pystr::as_str(&pos[1]).is_some() {
        return Err(error::type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let excs = protocols::iterate(vm, &pos[1])?;
    if excs.is_empty() {
        return Err(error::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let t = types();
    let mut all_exceptions = true;
    for (i, e) in excs.iter().enumerate() {
        let Some(o) = e.as_obj().filter(|o| tdata(o.ty()).has(tflag::EXCEPTION)) else {
            return Err(error::value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        };
        if !typeobj::is_subtype(o.ty(), &t.exception) {
            all_exceptions = false;
        }
    }
    let mut cls_to_make = c.clone();
    if c.is(&t.base_exception_group) {
        if all_exceptions {
            cls_to_make = t.exception_group.clone();
        }
    } else if c.is(&t.exception_group) {
        if !all_exceptions {
            return Err(error::type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if !all_exceptions && typeobj::is_subtype(&c, &t.exception) {
        return Err(error::type_error(format!(
            "Cannot nest BaseExceptions in '{name}'"
        )));
    }
    let o = exc::new_exception(
        &cls_to_make,
        tuple::new_tuple(vec![pos[0].clone(), pos[1].clone()]),
    );
    instance::set(&o, &pystr::intern("_message"), pos[0].clone());
    instance::set(&o, &pystr::intern("_exceptions"), tuple::new_tuple(excs));
    Ok(Value::obj(o))
}

fn eg_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn g_message(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(field(v, "_message"))
}
fn g_exceptions(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(field(v, "_exceptions"))
}

fn eg_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?;
    let msg = protocols::str_string(vm, &field(this, "_message"))?;
    let n = tuple::as_tuple(&field(this, "_exceptions"))
        .map(|t| t.len())
        .unwrap_or(0);
    Ok(pystr::new_string(format!(
        "{} ({} sub-exception{})",
        msg,
        n,
        if n == 1 { "" } else { "s" }
    )))
}

fn eg_derive(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("derive", 2)?;
    let msg = field(&a[0], "_message");
    let bex = Value::obj(types().base_exception_group.clone());
    call::call_value(vm, &bex, vec![msg, a[1].clone()])
}

/// A predicate for subgroup/split: an exception type, a tuple of them, or a callable.
fn matches(vm: &mut Vm, cond: &Value, e: &Value) -> PyResult<bool> {
    let is_type_cond = |c: &Value| {
        c.as_obj()
            .is_some_and(|o| o.kind() == crate::heap::Kind::Type && tdata(o).has(tflag::EXCEPTION))
    };
    if is_type_cond(cond) || tuple::as_tuple(cond).is_some_and(|t| t.iter().all(is_type_cond)) {
        return exc::check_exc_match(e, cond);
    }
    if crate::interp::builtins_mod::is_callable(cond) {
        let r = call::call_value(vm, cond, vec![e.clone()])?;
        return crate::interp::ops::truthy(vm, &r);
    }
    Err(error::type_error(
        "expected a function, exception type or tuple of exception types",
    ))
}

fn derive_with(vm: &mut Vm, orig: &Value, items: Vec<Value>) -> PyResult<Value> {
    let derive = attr::getattr(vm, orig, "derive")?;
    let g = call::call_value(vm, &derive, vec![crate::objects::list::new_list(items)])?;
    // Copy __traceback__, __cause__, __context__ and __notes__.
    for n in ["__traceback__", "__cause__", "__context__"] {
        let v = attr::getattr(vm, orig, n)?;
        attr::setattr(vm, &g, n, v)?;
    }
    if let Some(notes) = attr::getattr_opt(vm, orig, "__notes__")? {
        attr::setattr(vm, &g, "__notes__", notes)?;
    }
    Ok(g)
}

fn split_rec(vm: &mut Vm, cond: &Value, e: &Value) -> PyResult<(Value, Value)> {
    if matches(vm, cond, e)? {
        return Ok((e.clone(), Value::NONE));
    }
    let is_group = e
        .as_obj()
        .is_some_and(|o| typeobj::is_subtype(o.ty(), &types().base_exception_group));
    if !is_group {
        return Ok((Value::NONE, e.clone()));
    }
    let excs = tuple::as_tuple(&field(e, "_exceptions"))
        .map(|t| t.to_vec())
        .unwrap_or_default();
    let (mut m, mut r) = (Vec::new(), Vec::new());
    for x in excs {
        let (a, b) = split_rec(vm, cond, &x)?;
        if !a.is_none() {
            m.push(a);
        }
        if !b.is_none() {
            r.push(b);
        }
    }
    let mv = if m.is_empty() {
        Value::NONE
    } else {
        derive_with(vm, e, m)?
    };
    let rv = if r.is_empty() {
        Value::NONE
    } else {
        derive_with(vm, e, r)?
    };
    Ok((mv, rv))
}

fn eg_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("split", 2)?;
    let (m, r) = split_rec(vm, &a[1], &a[0])?;
    Ok(tuple::new_tuple(vec![m, r]))
}

fn eg_subgroup(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("subgroup", 2)?;
    let (m, _) = split_rec(vm, &a[1], &a[0])?;
    Ok(m)
}

fn eg_class_getitem(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__class_getitem__", 2)?;
    Ok(crate::objects::descriptors_native::generic_alias(
        a[0].clone(),
        a[1].clone(),
    ))
}

pub fn register() {
    use crate::objects::register::*;
    let t = &types().base_exception_group;
    statics(t, &[("__new__", eg_new)]);
    methods(
        t,
        &[
            ("__init__", eg_init),
            ("__str__", eg_str),
            ("derive", eg_derive),
            ("split", eg_split),
            ("subgroup", eg_subgroup),
        ],
    );
    classmethods(t, &[("__class_getitem__", eg_class_getitem)]);
    getsets(
        t,
        &[
            ("message", g_message, None),
            ("exceptions", g_exceptions, None),
        ],
    );
}
