//! The slot methods of `str`: `__repr__`, `__str__`, `__hash__`, `__len__`, `__iter__`,
//! `__getitem__`, `__contains__`, `+`, `*`, `%`, the six comparisons, and `__getnewargs__`
//! and `__sizeof__`. The eval loop runs these operations natively on `str` values; these
//! are for explicit calls, subclasses and `super()`.
use super::args::{count_arg, has_index, noargs, slot_args, str_self};
use super::Str;
use crate::compiler::bytecode::CmpOp;
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{protocols, slicing, Vm};
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::iterators::{new_iter, IterState};
use crate::objects::register::methods;
use crate::objects::slice::Slice;
use crate::objects::{int, str as pystr, tuple, types};
use crate::text::{gutf8, repr, str_methods};
use std::cmp::Ordering;

fn not_implemented() -> Value {
    Value::obj(types().not_implemented.clone())
}

fn repr_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = str_self(args, "__repr__", true)?;
    slot_args(args, "__repr__", 0, false)?;
    Ok(pystr::new_string(repr_of(s)))
}

fn str_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, s) = str_self(args, "__str__", true)?;
    slot_args(args, "__str__", 0, false)?;
    Ok(pystr::exact(v, s))
}

fn hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = str_self(args, "__hash__", true)?;
    slot_args(args, "__hash__", 0, false)?;
    Ok(int::from_i64(s.hash()))
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = str_self(args, "__len__", true)?;
    slot_args(args, "__len__", 0, false)?;
    Ok(int::from_i64(s.char_len() as i64))
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, _) = str_self(args, "__iter__", true)?;
    slot_args(args, "__iter__", 0, false)?;
    Ok(new_iter(
        &types().str_iterator,
        IterState::Str {
            s: v.clone(),
            byte_pos: 0,
        },
    ))
}

/// `repr(s)`, surrogates escaped.
pub(super) fn repr_of(s: &Str) -> String {
    match s.exact_str() {
        Some(t) => repr::str_repr(t),
        None => repr::str_repr_gutf8(s.as_bytes()),
    }
}

/// `s[key]` for an index or a slice.
pub(super) fn subscript(vm: &mut Vm, v: &Value, s: &Str, key: &Value) -> PyResult<Value> {
    if let Some(sl) = key.as_obj().and_then(|o| o.downcast::<Slice>()) {
        let (start, stop, step, n) = slicing::indices(vm, sl, s.char_len())?;
        if step == 1 {
            if n == s.char_len() {
                return Ok(pystr::exact(v, s));
            }
            let first = start.max(0) as usize;
            return Ok(pystr::substr_value(s, first, first + n));
        }
        if s.has_surrogates() {
            let cps: Vec<u32> = s.code_points().collect();
            return Ok(pystr::new_code_points(&crate::interp::seqops::pick(
                &cps, start, step, n,
            )));
        }
        return Ok(pystr::new_string(str_methods::slice(
            s.as_str(),
            start,
            stop,
            step,
        )));
    }
    if !has_index(key) {
        return Err(error::type_error(format!(
            "string indices must be integers, not '{}'",
            type_name_of(key)
        )));
    }
    let i = protocols::index_isize(vm, key)?;
    match slicing::seq_index(i, s.char_len()).and_then(|j| s.code_point_at(j)) {
        Some(c) => Ok(pystr::char_value(c)),
        None => Err(error::index_error("string index out of range")),
    }
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, s) = str_self(args, "__getitem__", true)?;
    let a = slot_args(args, "__getitem__", 1, false)?;
    subscript(vm, v, s, &a[0])
}

fn contains(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = str_self(args, "__contains__", true)?;
    let a = slot_args(args, "__contains__", 1, false)?;
    match pystr::as_str_obj(&a[0]) {
        Some(sub) => Ok(Value::bool(contains_str(s, sub))),
        None => Err(error::type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_name_of(&a[0])
        ))),
    }
}

fn add(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = str_self(args, "__add__", true)?;
    let a = slot_args(args, "__add__", 1, false)?;
    match pystr::as_str_obj(&a[0]) {
        Some(t) => Ok(pystr::concat(s, t)),
        None => Err(error::type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name_of(&a[0])
        ))),
    }
}

/// `sub in s`, by code points (a byte search of generalized UTF-8 finds exactly those).
pub(crate) fn contains_str(s: &Str, sub: &Str) -> bool {
    match (s.exact_str(), sub.exact_str()) {
        (Some(h), Some(n)) => h.contains(n),
        _ => gutf8::find(s.as_bytes(), sub.as_bytes(), 0).is_some(),
    }
}

/// `s * n`.
pub(crate) fn repeat_str(s: &Str, n: isize) -> PyResult<Value> {
    match s.exact_str() {
        Some(t) => Ok(pystr::new_string(str_methods::repeat(t, n)?)),
        None => {
            let n = usize::try_from(n).unwrap_or(0);
            if (s.char_len() as u128) * (n as u128) > isize::MAX as u128 {
                return Err(error::overflow_error("repeated string is too long"));
            }
            let bytes = crate::text::bytes_methods::repeat(s.as_bytes(), n as isize)?;
            Ok(pystr::new_gutf8(bytes))
        }
    }
}

fn repeat(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let (v, s) = str_self(args, name, true)?;
    let a = slot_args(args, name, 1, true)?;
    let n = count_arg(vm, &a[0])?;
    if n == 1 {
        return Ok(pystr::exact(v, s));
    }
    repeat_str(s, n)
}

fn mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    repeat(vm, args, "__mul__")
}

fn rmul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    repeat(vm, args, "__rmul__")
}

fn mod_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, _) = str_self(args, "__mod__", true)?;
    let a = slot_args(args, "__mod__", 1, false)?;
    crate::interp::strops::percent_format(vm, v, &a[0])
}

/// `other % self`: only a `str` on the left formats.
fn rmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, _) = str_self(args, "__rmod__", true)?;
    let a = slot_args(args, "__rmod__", 1, false)?;
    if pystr::as_str(&a[0]).is_none() {
        return Ok(not_implemented());
    }
    crate::interp::strops::percent_format(vm, &a[0], v)
}

fn compare(args: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let (_, s) = str_self(args, name, true)?;
    let a = slot_args(args, name, 1, false)?;
    let Some(other) = pystr::as_str_obj(&a[0]) else {
        return Ok(not_implemented());
    };
    let o = s.text_cmp(other);
    Ok(Value::bool(match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }))
}

fn lt(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(args, "__lt__", CmpOp::Lt)
}
fn le(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(args, "__le__", CmpOp::Le)
}
fn eq(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(args, "__eq__", CmpOp::Eq)
}
fn ne(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(args, "__ne__", CmpOp::Ne)
}
fn gt(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(args, "__gt__", CmpOp::Gt)
}
fn ge(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(args, "__ge__", CmpOp::Ge)
}

/// `__getnewargs__`: what `copy` and `pickle` pass back to `str.__new__`.
fn getnewargs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = str_self(args, "__getnewargs__", false)?;
    noargs(args, "str.__getnewargs__")?;
    Ok(tuple::new_tuple(vec![pystr::substr_value(
        s,
        0,
        s.char_len(),
    )]))
}

/// `__sizeof__`: weft's own footprint (object header and payload, plus the UTF-8 text).
fn sizeof(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, s) = str_self(args, "__sizeof__", false)?;
    noargs(args, "str.__sizeof__")?;
    let head = v.as_obj().map_or(0, crate::heap::alloc_size);
    Ok(int::from_i64((head + s.as_str().len()) as i64))
}

pub(super) fn register(ty: &ObjRef) {
    let defs: &[(&'static str, NativeFn)] = &[
        ("__repr__", repr_),
        ("__str__", str_),
        ("__hash__", hash),
        ("__len__", len),
        ("__iter__", iter),
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__mod__", mod_),
        ("__rmod__", rmod),
        ("__lt__", lt),
        ("__le__", le),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__getnewargs__", getnewargs),
        ("__sizeof__", sizeof),
    ];
    methods(ty, defs);
}
