//! `range`. Bounds are ints of any size; the common small ranges iterate without allocating (the iterator
//! states are in `iterators.rs`, and lengths, indexing and containment in `interp::builtin_types`).
use crate::compiler::bytecode::CmpOp;
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::builtin_types::{
    range_contains, range_eq, range_getitem, range_iter_state, range_len,
};
use crate::interp::error::{self, PyResult};
use crate::interp::{ops, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::iterators::{new_iter, BigRange, IterState};
use crate::objects::method_support::{cmp_op, new_cls, not_implemented, this};
use crate::objects::register::{methods, readonly_members, statics};
use crate::objects::{int, str as pystr, tuple, types};
use num_bigint::BigInt;
use num_traits::{One, ToPrimitive, Zero};

pub struct Range {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for Range {
    const KIND: Kind = Kind::Range;
}

fn this_range<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a ObjRef, &'a Range)> {
    let (v, r) = this::<Range>(args, name, &types().range)?;
    let o = v
        .as_obj()
        .ok_or_else(|| error::system_error("range receiver is not an object"))?;
    Ok((o, r))
}

fn big(v: &Value) -> BigInt {
    int::to_big(v).unwrap_or_default()
}

/// A range value from its three bounds.
pub fn new_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    Value::obj(crate::heap::alloc(
        &types().range,
        Range {
            start: int::from_big(start),
            stop: int::from_big(stop),
            step: int::from_big(step),
        },
        None,
    ))
}

fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_cls(args, &types().range)?;
    let rest = args.rest();
    if rest.has_kwargs() {
        return Err(error::type_error("range() takes no keyword arguments"));
    }
    let a = rest.range("range", 1, 3)?;
    let mut b = Vec::with_capacity(3);
    for v in a {
        b.push(protocols::index(vm, v)?);
    }
    let (start, stop, step) = match b.len() {
        1 => (BigInt::zero(), b[0].clone(), BigInt::one()),
        2 => (b[0].clone(), b[1].clone(), BigInt::one()),
        _ => (b[0].clone(), b[1].clone(), b[2].clone()),
    };
    if step.is_zero() {
        return Err(error::value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

/// `len(range)` as a `Py_ssize_t`.
fn length(o: &ObjRef) -> PyResult<usize> {
    range_len(o)
        .unwrap_or_default()
        .to_isize()
        .map(|n| n as usize)
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (o, _) = this_range(args, "__len__")?;
    args.rest().exact("__len__", 0)?;
    Ok(int::from_i64(length(o)? as i64))
}

fn bool_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (o, _) = this_range(args, "__bool__")?;
    args.rest().exact("__bool__", 0)?;
    Ok(Value::bool(!range_len(o).unwrap_or_default().is_zero()))
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (o, _) = this_range(args, "__getitem__")?;
    let a = args.rest().exact("range.__getitem__", 1)?;
    range_getitem(vm, o, &a[0])
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (o, _) = this_range(args, "__contains__")?;
    let a = args.rest().exact("range.__contains__", 1)?;
    Ok(Value::bool(range_contains(vm, o, &a[0])?))
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (o, _) = this_range(args, "__iter__")?;
    args.rest().exact("__iter__", 0)?;
    Ok(new_iter(&types().range_iterator, range_iter_state(o)))
}

/// An iterator state over `n` values from `first` by `step`.
fn iter_state(first: BigInt, step: BigInt, n: BigInt) -> IterState {
    match (first.to_i64(), step.to_i64(), n.to_u64()) {
        (Some(s), Some(st), Some(k))
            if st
                .checked_mul(k as i64)
                .and_then(|span| s.checked_add(span))
                .is_some() =>
        {
            IterState::Range {
                start: s,
                next: s,
                step: st,
                remaining: k,
            }
        }
        _ => IterState::BigRange(Box::new(BigRange {
            start: first.clone(),
            next: first,
            step,
            remaining: n,
        })),
    }
}

fn reversed(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (o, r) = this_range(args, "__reversed__")?;
    args.rest().exact("range.__reversed__", 0)?;
    let n = range_len(o).unwrap_or_default();
    let step = big(&r.step);
    let last = if n.is_zero() {
        big(&r.start)
    } else {
        big(&r.start) + (&n - 1u32) * &step
    };
    Ok(new_iter(
        &types().range_iterator,
        iter_state(last, -step, n),
    ))
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (o, _) = this_range(args, "count")?;
    let a = args.rest().exact("range.count", 1)?;
    if int::is_int(&a[0]) && ops::a_type(&a[0]).is(&types().int) || a[0].is_bool() {
        return Ok(int::from_i64(range_contains(vm, o, &a[0])? as i64));
    }
    let mut n = 0i64;
    for x in protocols::iterate(vm, &Value::obj(o.clone()))? {
        if ops::eq_bool(vm, &x, &a[0])? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (o, r) = this_range(args, "index")?;
    let a = args.rest().exact("range.index", 1)?;
    let x = &a[0];
    if int::is_int(x) && ops::a_type(x).is(&types().int) || x.is_bool() {
        if !range_contains(vm, o, x)? {
            let s = protocols::repr_string(vm, x)?;
            return Err(error::value_error(format!("{s} is not in range")));
        }
        return Ok(int::from_big((big(x) - big(&r.start)) / big(&r.step)));
    }
    for (k, item) in protocols::iterate(vm, &Value::obj(o.clone()))?
        .into_iter()
        .enumerate()
    {
        if ops::eq_bool(vm, &item, x)? {
            return Ok(int::from_i64(k as i64));
        }
    }
    Err(error::value_error("sequence.index(x): x not in sequence"))
}

fn richcmp<const OP: u8>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let op = cmp_op(OP);
    let name = ops::cmp_names(op).1;
    let (o, _) = this_range(args, name)?;
    let a = args.rest().exact(name, 1)?;
    let Some(other) = a[0].as_obj().filter(|x| x.kind() == Kind::Range) else {
        return Ok(not_implemented());
    };
    match op {
        CmpOp::Eq => Ok(Value::bool(range_eq(o, other))),
        CmpOp::Ne => Ok(Value::bool(!range_eq(o, other))),
        _ => Ok(not_implemented()),
    }
}

/// `hash(range)`: the hash of `(len, start, step)`, with `None` for what the length makes irrelevant.
fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (o, r) = this_range(args, "__hash__")?;
    args.rest().exact("__hash__", 0)?;
    let n = range_len(o).unwrap_or_default();
    let key = if n.is_zero() {
        vec![int::from_i64(0), Value::NONE, Value::NONE]
    } else if n.is_one() {
        vec![int::from_i64(1), r.start.clone(), Value::NONE]
    } else {
        vec![int::from_big(n), r.start.clone(), r.step.clone()]
    };
    let h = crate::objects::tuple::hash_items(vm, &key)?;
    Ok(int::from_i64(h))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = this_range(args, "__repr__")?;
    let start = protocols::repr_string(vm, &r.start)?;
    let stop = protocols::repr_string(vm, &r.stop)?;
    if big(&r.step).is_one() {
        return Ok(pystr::new_string(format!("range({start}, {stop})")));
    }
    let step = protocols::repr_string(vm, &r.step)?;
    Ok(pystr::new_string(format!("range({start}, {stop}, {step})")))
}

fn reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = this_range(args, "__reduce__")?;
    Ok(tuple::new_tuple(vec![
        Value::obj(types().range.clone()),
        tuple::new_tuple(vec![r.start.clone(), r.stop.clone(), r.step.clone()]),
    ]))
}

fn field(v: &Value, pick: fn(&Range) -> &Value) -> PyResult<Value> {
    v.as_obj()
        .and_then(|o| o.downcast::<Range>())
        .map(|r| pick(r).clone())
        .ok_or_else(|| error::type_error("descriptor needs a range"))
}

fn get_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    field(v, |r| &r.start)
}

fn get_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    field(v, |r| &r.stop)
}

fn get_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    field(v, |r| &r.step)
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    let t = &types().range;
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__len__", len),
            ("__bool__", bool_),
            ("__getitem__", getitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("count", count),
            ("index", index),
            ("__lt__", richcmp::<0>),
            ("__le__", richcmp::<1>),
            ("__eq__", richcmp::<2>),
            ("__ne__", richcmp::<3>),
            ("__gt__", richcmp::<4>),
            ("__ge__", richcmp::<5>),
            ("__hash__", hash),
            ("__repr__", repr),
            ("__reduce__", reduce),
        ],
    );
    readonly_members(
        t,
        &[("start", get_start), ("stop", get_stop), ("step", get_step)],
    );
}
