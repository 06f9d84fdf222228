//! `types.UnionType`: the result of `int | str` on types (PEP 604).
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::{call, ops, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::native::NativeObj;
use crate::objects::{int, str as pystr, tuple, typeobj, types};

pub struct Union {
    pub args: Value,
}

fn as_union(v: &Value) -> Option<&Union> {
    v.as_obj()?.downcast::<NativeObj>()?.get::<Union>()
}

/// The tuple of member types when `v` is a union.
pub fn union_args(v: &Value) -> Option<Value> {
    as_union(v).map(|u| u.args.clone())
}

fn is_unionable(v: &Value) -> bool {
    v.is_none()
        || typeobj::as_type(v).is_some()
        || as_union(v).is_some()
        || crate::objects::descriptors_native::as_generic_alias(v).is_some()
}

pub fn make_union(_vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_unionable(a) || !is_unionable(b) {
        return Ok(Value::obj(types().not_implemented.clone()));
    }
    let mut items: Vec<Value> = Vec::new();
    for v in [a, b] {
        let parts = match as_union(v) {
            Some(u) => tuple::as_tuple(&u.args)
                .map(|t| t.to_vec())
                .unwrap_or_default(),
            None => vec![if v.is_none() {
                Value::obj(types().none_type.clone())
            } else {
                v.clone()
            }],
        };
        for p in parts {
            if !items.iter().any(|x| x.bits() == p.bits()) {
                items.push(p);
            }
        }
    }
    if items.len() == 1 {
        return Ok(items.remove(0));
    }
    Ok(Value::obj(crate::heap::alloc(
        &types().union_type,
        NativeObj::new(Union {
            args: tuple::new_tuple(items),
        }),
        None,
    )))
}

fn u_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let u = as_union(args.this()?).ok_or_else(|| error::type_error("expected a union"))?;
    let mut parts = Vec::new();
    for a in tuple::as_tuple(&u.args).unwrap_or(&[]).to_vec() {
        if a.as_obj().is_some_and(|o| o.is(&types().none_type)) {
            parts.push("None".to_string());
        } else if let Some(t) = typeobj::as_type(&a) {
            let td = typeobj::tdata(t);
            let m = td
                .dict
                .get_rs("__module__")
                .and_then(|m| pystr::as_str(&m).map(|s| s.to_string()));
            parts.push(match m {
                Some(m) if m != "builtins" => format!("{}.{}", m, td.qualname.borrow()),
                _ => td.qualname.borrow().clone(),
            });
        } else {
            parts.push(protocols::repr_string(vm, &a)?);
        }
    }
    Ok(pystr::new_string(parts.join(" | ")))
}

fn u_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__or__", 2)?;
    make_union(vm, &a[0], &a[1])
}

fn u_ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__ror__", 2)?;
    make_union(vm, &a[1], &a[0])
}

/// Unions are equal when they have the same members, in any order.
fn u_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__eq__", 2)?;
    let (Some(x), Some(y)) = (as_union(&a[0]), as_union(&a[1])) else {
        return Ok(Value::obj(types().not_implemented.clone()));
    };
    let xs = tuple::as_tuple(&x.args).unwrap_or(&[]).to_vec();
    let ys = tuple::as_tuple(&y.args).unwrap_or(&[]).to_vec();
    for (p, q) in [(&xs, &ys), (&ys, &xs)] {
        for v in p {
            let mut found = false;
            for w in q {
                if ops::eq_bool(vm, v, w)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(Value::FALSE);
            }
        }
    }
    Ok(Value::TRUE)
}

/// `hash(frozenset(self.__args__))`, as CPython hashes a union.
fn u_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let u = as_union(args.this()?).ok_or_else(|| error::type_error("expected a union"))?;
    let fs = Value::obj(types().frozenset.clone());
    let members = call::call_value(vm, &fs, vec![u.args.clone()])?;
    Ok(int::from_i64(ops::hash(vm, &members)?))
}

fn g_args(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(as_union(v).map(|u| u.args.clone()).unwrap_or(Value::NONE))
}

fn g_parameters(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let targs = as_union(v).map(|u| u.args.clone()).unwrap_or(Value::NONE);
    Ok(tuple::new_tuple(
        crate::objects::descriptors_native::parameters(vm, &targs)?,
    ))
}

/// `(int | str).__module__` is the type's (CPython's union_getattro forwards it, for get_type_hints).
fn g_module(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(pystr::new_str("types"))
}

/// `(list[T] | int)[str]`: the arguments substituted, then joined again with `|`.
fn u_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__getitem__", 2)?;
    let u = as_union(&a[0]).ok_or_else(|| error::type_error("expected a union"))?;
    let targs = u.args.clone();
    let newargs = crate::objects::descriptors_native::subs_parameters(vm, &a[0], &targs, &a[1])?;
    let mut it = newargs.into_iter();
    let Some(mut res) = it.next() else {
        return Ok(Value::obj(types().none_type.clone()));
    };
    for arg in it {
        let flow = ops::binary(vm, crate::compiler::bytecode::BinOp::Or, res, arg)?;
        res = call::run_flow(vm, flow)?;
    }
    Ok(res)
}

pub fn register() {
    use crate::objects::register::*;
    let t = &types().union_type;
    methods(
        t,
        &[
            ("__repr__", u_repr),
            ("__or__", u_or),
            ("__ror__", u_ror),
            ("__eq__", u_eq),
            ("__hash__", u_hash),
            ("__getitem__", u_getitem),
        ],
    );
    getsets(
        t,
        &[
            ("__args__", g_args, None),
            ("__parameters__", g_parameters, None),
            ("__module__", g_module, None),
        ],
    );
}
