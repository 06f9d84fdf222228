//! `slice`.
use crate::heap::{Kind, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::{compare, ops, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::method_support::{cmp_op, new_cls, not_implemented, this};
use crate::objects::register::{attrs, members, methods, statics};
use crate::objects::{int, str as pystr, tuple, types};
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for Slice {
    const KIND: Kind = Kind::Slice;
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::obj(crate::heap::alloc(
        &crate::objects::types().slice,
        Slice { start, stop, step },
        None,
    ))
}

fn this_slice<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Slice)> {
    this::<Slice>(args, name, &types().slice)
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_cls(args, &types().slice)?;
    let rest = args.rest();
    if rest.has_kwargs() {
        return Err(error::type_error("slice() takes no keyword arguments"));
    }
    let a = rest.range("slice", 1, 3)?;
    Ok(match a {
        [stop] => new_slice(Value::NONE, stop.clone(), Value::NONE),
        [start, stop] => new_slice(start.clone(), stop.clone(), Value::NONE),
        [start, stop, step] => new_slice(start.clone(), stop.clone(), step.clone()),
        _ => new_slice(Value::NONE, Value::NONE, Value::NONE),
    })
}

/// A bound of a slice as an int (`__index__`), or `None`.
fn bound(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if v.is_none() {
        return Ok(None);
    }
    let has_index = int::is_int(v)
        || crate::objects::typeobj::lookup_str(&ops::a_type(v), "__index__").is_some();
    if !has_index {
        return Err(error::type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    protocols::index(vm, v).map(Some)
}

/// `slice.indices(length)` in arbitrary precision (CPython's `_PySlice_GetLongIndices`).
pub fn long_indices(vm: &mut Vm, s: &Slice, length: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    if length.is_negative() {
        return Err(error::value_error("length should not be negative"));
    }
    let step = bound(vm, &s.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(error::value_error("slice step cannot be zero"));
    }
    let back = step.is_negative();
    let (lower, upper) = if back {
        (BigInt::from(-1), length - 1u32)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(x) if x.is_negative() => {
                let y = x + length;
                if y < lower {
                    lower.clone()
                } else {
                    y
                }
            }
            Some(x) => {
                if x > upper {
                    upper.clone()
                } else {
                    x
                }
            }
        }
    };
    let start = bound(vm, &s.start)?;
    let stop = bound(vm, &s.stop)?;
    let (ds, de) = if back {
        (upper.clone(), lower.clone())
    } else {
        (lower.clone(), upper.clone())
    };
    Ok((clamp(start, &ds), clamp(stop, &de), step))
}

fn indices(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_slice(args, "indices")?;
    let a = args.rest().exact("slice.indices", 1)?;
    let len = protocols::index(vm, &a[0])?;
    let (start, stop, step) = long_indices(vm, s, &len)?;
    Ok(tuple::new_tuple(vec![
        int::from_big(start),
        int::from_big(stop),
        int::from_big(step),
    ]))
}

fn richcmp<const OP: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let op = cmp_op(OP);
    let name = ops::cmp_names(op).1;
    let (me, _) = this_slice(args, name)?;
    let a = args.rest().exact(name, 1)?;
    if a[0].as_obj().is_none_or(|o| o.kind() != Kind::Slice) {
        return Ok(not_implemented());
    }
    match compare::builtin_compare(vm, op, me, &a[0])? {
        Some(b) => Ok(Value::bool(b)),
        None => Ok(not_implemented()),
    }
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_slice(args, "__repr__")?;
    let a = protocols::repr_string(vm, &s.start)?;
    let b = protocols::repr_string(vm, &s.stop)?;
    let c = protocols::repr_string(vm, &s.step)?;
    Ok(pystr::new_string(format!("slice({a}, {b}, {c})")))
}

fn reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_slice(args, "__reduce__")?;
    Ok(tuple::new_tuple(vec![
        Value::obj(types().slice.clone()),
        tuple::new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]),
    ]))
}

fn field(v: &Value, pick: fn(&Slice) -> &Value) -> PyResult<Value> {
    v.as_obj()
        .and_then(|o| o.downcast::<Slice>())
        .map(|s| pick(s).clone())
        .ok_or_else(|| error::type_error("descriptor needs a slice"))
}

fn get_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    field(v, |s| &s.start)
}

fn get_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    field(v, |s| &s.stop)
}

fn get_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    field(v, |s| &s.step)
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    let t = &types().slice;
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("indices", indices),
            ("__lt__", richcmp::<0>),
            ("__le__", richcmp::<1>),
            ("__eq__", richcmp::<2>),
            ("__ne__", richcmp::<3>),
            ("__gt__", richcmp::<4>),
            ("__ge__", richcmp::<5>),
            ("__repr__", repr),
            ("__reduce__", reduce),
        ],
    );
    members(
        t,
        &[("start", get_start), ("stop", get_stop), ("step", get_step)],
    );
    attrs(t, vec![("__hash__", Value::NONE)]);
}
