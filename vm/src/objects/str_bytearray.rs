//! The mutating methods of `bytearray`: `append`, `extend`, `insert`, `pop`, `remove`,
//! `clear`, `reverse`, item and slice assignment and deletion, `+=`, `*=`, plus `copy`,
//! `__alloc__` and the pickling hooks.
//!
//! Every change of length is refused while a memoryview exports the buffer. Arguments are
//! converted (which may run Python code) before the buffer is borrowed, and the borrow ends
//! before anything is dropped.
use super::ByteArray;
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{attr, protocols, slicing, Vm};
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::bytes::new::{byte_value, from_object};
use crate::objects::register::methods;
use crate::objects::slice::Slice;
use crate::objects::str::args::{
    c_int, count_arg, has_index, is_buffer, noargs, one_arg, receiver_error, sequence_fast,
    slot_args, ssize, varargs,
};
use crate::objects::{bytes, float, int, str as pystr, tuple};
use crate::text::bytes_methods;

fn me<'a>(args: &Args<'a>, name: &str, slot: bool) -> PyResult<(&'a Value, &'a ByteArray)> {
    let v = args.all.first();
    match v.and_then(|v| v.as_obj()?.downcast::<ByteArray>().map(|b| (v, b))) {
        Some(pair) => Ok(pair),
        None => Err(receiver_error(name, "bytearray", v, slot)),
    }
}

/// Replaces the contents, refusing a change of length while exported.
fn store(ba: &ByteArray, data: Vec<u8>) -> PyResult<()> {
    if data.len() != ba.data.borrow().len() {
        ba.check_resize()?;
    }
    *ba.data.borrow_mut() = data;
    Ok(())
}

fn append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, ba) = me(args, "append", false)?;
    let b = byte_value(vm, one_arg(args, "bytearray.append")?, true)?;
    ba.check_resize()?;
    ba.data.borrow_mut().push(b);
    Ok(Value::NONE)
}

/// The bytes `extend` and `+=` add: a buffer, or an iterable of ints.
fn extension(vm: &mut Vm, x: &Value) -> PyResult<Vec<u8>> {
    if is_buffer(x) {
        return crate::interp::builtin_types::bytes_like(vm, x);
    }
    let message = format!("can't extend bytearray with {}", type_name_of(x));
    let items = sequence_fast(vm, x, &message)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(byte_value(vm, item, true)?);
    }
    Ok(out)
}

fn extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, ba) = me(args, "extend", false)?;
    let more = extension(vm, one_arg(args, "bytearray.extend")?)?;
    if !more.is_empty() {
        ba.check_resize()?;
        ba.data.borrow_mut().extend_from_slice(&more);
    }
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, ba) = me(args, "insert", false)?;
    let a = varargs(args, "bytearray.insert", 2, 2)?;
    let index = ssize(vm, &a[0])?;
    let b = byte_value(vm, &a[1], true)?;
    ba.check_resize()?;
    let mut d = ba.data.borrow_mut();
    let n = d.len() as isize;
    let at = if index < 0 {
        (index + n).max(0)
    } else {
        index.min(n)
    };
    d.insert(at as usize, b);
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, ba) = me(args, "pop", false)?;
    let a = varargs(args, "bytearray.pop", 0, 1)?;
    let index = match a.first() {
        Some(i) => ssize(vm, i)?,
        None => -1,
    };
    let n = ba.data.borrow().len();
    if n == 0 {
        return Err(error::index_error("pop from empty bytearray"));
    }
    let Some(at) = slicing::seq_index(index, n) else {
        return Err(error::index_error("pop index out of range"));
    };
    ba.check_resize()?;
    let b = ba.data.borrow_mut().remove(at);
    Ok(int::from_i64(i64::from(b)))
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, ba) = me(args, "remove", false)?;
    let b = byte_value(vm, one_arg(args, "bytearray.remove")?, true)?;
    let Some(at) = ba.data.borrow().iter().position(|&x| x == b) else {
        return Err(error::value_error("value not found in bytearray"));
    };
    ba.check_resize()?;
    ba.data.borrow_mut().remove(at);
    Ok(Value::NONE)
}

fn clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, ba) = me(args, "clear", false)?;
    noargs(args, "bytearray.clear")?;
    store(ba, Vec::new())?;
    Ok(Value::NONE)
}

fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, ba) = me(args, "copy", false)?;
    noargs(args, "bytearray.copy")?;
    Ok(super::new_bytearray(ba.data.borrow().clone()))
}

fn reverse(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, ba) = me(args, "reverse", false)?;
    noargs(args, "bytearray.reverse")?;
    ba.data.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn as_slice(key: &Value) -> Option<&Slice> {
    key.as_obj().and_then(|o| o.downcast::<Slice>())
}

fn index_key(vm: &mut Vm, key: &Value) -> PyResult<isize> {
    if !has_index(key) {
        return Err(error::type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            type_name_of(key)
        )));
    }
    protocols::index_isize(vm, key)
}

/// What may be assigned to a slice (CPython refuses numbers and str before trying
/// `bytearray(value)`).
fn slice_value(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if is_buffer(v) {
        return crate::interp::builtin_types::bytes_like(vm, v);
    }
    let number = has_index(v) || float::to_f64(v).is_some();
    let complex = crate::objects::complex::as_complex(v).is_some();
    if number || complex || pystr::as_str(v).is_some() {
        return Err(error::type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    from_object(vm, v, true)
}

/// The positions of a resolved extended slice, in increasing order.
fn positions(start: isize, step: isize, count: usize) -> Vec<usize> {
    let mut p: Vec<usize> = (0..count)
        .map(|k| (start + k as isize * step) as usize)
        .collect();
    p.sort_unstable();
    p
}

fn delete_positions(ba: &ByteArray, at: &[usize]) -> PyResult<()> {
    if at.is_empty() {
        return Ok(());
    }
    ba.check_resize()?;
    let mut d = ba.data.borrow_mut();
    let mut k = 0;
    let mut i = 0;
    d.retain(|_| {
        let drop = at.get(k) == Some(&i);
        if drop {
            k += 1;
        }
        i += 1;
        !drop
    });
    Ok(())
}

/// `ba[key] = value` for an index or a slice (what the eval loop and `__setitem__` do).
///
/// # Errors
/// CPython's `TypeError`/`ValueError`/`IndexError`s, and `BufferError` for a change of length
/// while exported.
pub fn set_subscript(vm: &mut Vm, ba: &ByteArray, key: &Value, value: &Value) -> PyResult<()> {
    let Some(sl) = as_slice(key) else {
        let i = index_key(vm, key)?;
        let b = byte_value(vm, value, true)?;
        let mut d = ba.data.borrow_mut();
        let n = d.len();
        return match slicing::seq_index(i, n) {
            Some(j) => {
                d[j] = b;
                Ok(())
            }
            None => Err(error::index_error("bytearray index out of range")),
        };
    };
    let new = slice_value(vm, value)?;
    let n = ba.data.borrow().len();
    let (start, stop, step, count) = slicing::indices(vm, sl, n)?;
    if step == 1 {
        let stop = stop.max(start) as usize;
        let start = start as usize;
        if new.len() != stop - start {
            ba.check_resize()?;
        }
        ba.data.borrow_mut().splice(start..stop, new);
        return Ok(());
    }
    if new.is_empty() {
        return delete_positions(ba, &positions(start, step, count));
    }
    if new.len() != count {
        return Err(error::value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {count}",
            new.len()
        )));
    }
    let mut d = ba.data.borrow_mut();
    for (k, b) in new.into_iter().enumerate() {
        d[(start + k as isize * step) as usize] = b;
    }
    Ok(())
}

/// `del ba[key]` for an index or a slice.
///
/// # Errors
/// As [`set_subscript`].
pub fn del_subscript(vm: &mut Vm, ba: &ByteArray, key: &Value) -> PyResult<()> {
    let Some(sl) = as_slice(key) else {
        let i = index_key(vm, key)?;
        let n = ba.data.borrow().len();
        let Some(j) = slicing::seq_index(i, n) else {
            return Err(error::index_error("bytearray index out of range"));
        };
        return delete_positions(ba, &[j]);
    };
    let n = ba.data.borrow().len();
    let (start, _, step, count) = slicing::indices(vm, sl, n)?;
    delete_positions(ba, &positions(start, step, count))
}

/// `this += other` where `this` is the bytearray `ba`: `other` must be bytes-like.
///
/// # Errors
/// `TypeError: can't concat X to bytearray`, and `BufferError` while exported.
pub fn concat_in_place(vm: &mut Vm, this: &Value, ba: &ByteArray, other: &Value) -> PyResult<()> {
    if !is_buffer(other) {
        return Err(error::type_error(format!(
            "can't concat {} to {}",
            type_name_of(other),
            type_name_of(this)
        )));
    }
    let more = crate::interp::builtin_types::bytes_like(vm, other)?;
    if !more.is_empty() {
        ba.check_resize()?;
        ba.data.borrow_mut().extend_from_slice(&more);
    }
    Ok(())
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, ba) = me(args, "__setitem__", true)?;
    let a = slot_args(args, "__setitem__", 2, true)?;
    set_subscript(vm, ba, &a[0], &a[1])?;
    Ok(Value::NONE)
}

fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, ba) = me(args, "__delitem__", true)?;
    let key = &slot_args(args, "__delitem__", 1, false)?[0];
    del_subscript(vm, ba, key)?;
    Ok(Value::NONE)
}

fn iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, ba) = me(args, "__iadd__", true)?;
    let other = &slot_args(args, "__iadd__", 1, false)?[0];
    concat_in_place(vm, v, ba, other)?;
    Ok(v.clone())
}

fn imul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, ba) = me(args, "__imul__", true)?;
    let n = count_arg(vm, &slot_args(args, "__imul__", 1, true)?[0])?;
    let data = ba.data.borrow().clone();
    let out = bytes_methods::repeat(&data, n)?;
    store(ba, out)?;
    Ok(v.clone())
}

fn alloc(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, ba) = me(args, "__alloc__", false)?;
    noargs(args, "bytearray.__alloc__")?;
    let cap = ba.data.borrow().capacity();
    Ok(int::from_i64(if cap == 0 { 0 } else { cap as i64 + 1 }))
}

/// `(type(self), args, state)`: the contents as a Latin-1 str for protocols below 3 (what
/// CPython does, so that old pickles load everywhere), as bytes from protocol 3 on, no
/// arguments when empty.
fn reduce_with(vm: &mut Vm, v: &Value, ba: &ByteArray, proto: i32) -> PyResult<Value> {
    let data = ba.data.borrow().clone();
    let ctor_args = if data.is_empty() {
        tuple::new_tuple(Vec::new())
    } else if proto < 3 {
        let text: String = data.iter().map(|&b| char::from(b)).collect();
        tuple::new_tuple(vec![pystr::new_string(text), pystr::new_str("latin-1")])
    } else {
        tuple::new_tuple(vec![bytes::new_bytes(data)])
    };
    // `__getstate__()`: the dict, with the set slots when the class has any.
    let getstate = attr::getattr(vm, v, "__getstate__")?;
    let state = crate::interp::call::call_value(vm, &getstate, Vec::new())?;
    let cls = Value::obj(crate::interp::ops::a_type(v));
    Ok(tuple::new_tuple(vec![cls, ctor_args, state]))
}

fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, ba) = me(args, "__reduce__", false)?;
    noargs(args, "bytearray.__reduce__")?;
    reduce_with(vm, v, ba, 2)
}

fn reduce_ex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, ba) = me(args, "__reduce_ex__", false)?;
    let a = varargs(args, "bytearray.__reduce_ex__", 0, 1)?;
    let proto = match a.first() {
        Some(p) => c_int(vm, p)?,
        None => 0,
    };
    reduce_with(vm, v, ba, proto)
}

pub(super) fn register(ty: &ObjRef) {
    let defs: &[(&'static str, NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__iadd__", iadd),
        ("__imul__", imul),
        ("__alloc__", alloc),
        ("__reduce__", reduce),
        ("__reduce_ex__", reduce_ex),
    ];
    methods(ty, defs);
}
