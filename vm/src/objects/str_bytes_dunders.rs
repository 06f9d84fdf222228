//! The slot methods `bytes` and `bytearray` share (`__repr__`, `__len__`, `__getitem__`,
//! `+`, `*`, `%`, comparisons, ...), plus `bytes.__bytes__`, `__getnewargs__` and `__hash__`.
//! Each native is instantiated for `bytes` (`ARRAY = false`) and `bytearray` (`true`).
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{protocols, slicing, strops, Vm};
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::iterators::{new_iter, IterState};
use crate::objects::register::{attrs, methods};
use crate::objects::slice::Slice;
use crate::objects::str::args::{
    byte_self, count_arg, has_index, is_buffer, noargs, slot_args, ByteSelf,
};
use crate::objects::{bytes, int, str as pystr, tuple, types};
use crate::text::{bytes_methods, repr};
use std::cmp::Ordering;

fn owner<const ARRAY: bool>() -> &'static ObjRef {
    if ARRAY {
        &types().bytearray
    } else {
        &types().bytes
    }
}

fn me<'a, const ARRAY: bool>(
    args: &Args<'a>,
    name: &str,
    slot: bool,
) -> PyResult<(&'a Value, ByteSelf<'a>)> {
    byte_self(args, name, owner::<ARRAY>(), slot)
}

fn not_implemented() -> Value {
    Value::obj(types().not_implemented.clone())
}

fn is_exact_bytes(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.ty().is(&types().bytes))
}

fn repr_<const ARRAY: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, me) = me::<ARRAY>(args, "__repr__", true)?;
    slot_args(args, "__repr__", 0, false)?;
    let name = type_name_of(v);
    Ok(pystr::new_string(me.read(|d| {
        if ARRAY {
            repr::bytearray_repr(&name, d)
        } else {
            repr::bytes_repr(d)
        }
    })))
}

/// `str(b)` is the repr (CPython warns under `-b`).
fn str_<const ARRAY: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    me::<ARRAY>(args, "__str__", true)?;
    repr_::<ARRAY>(vm, args)
}

fn hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, _) = me::<false>(args, "__hash__", true)?;
    slot_args(args, "__hash__", 0, false)?;
    let h = v
        .as_obj()
        .and_then(|o| o.downcast::<bytes::Bytes>())
        .map_or(0, |b| b.hash());
    Ok(int::from_i64(h))
}

fn len<const ARRAY: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, me) = me::<ARRAY>(args, "__len__", true)?;
    slot_args(args, "__len__", 0, false)?;
    Ok(int::from_i64(me.read(|d| d.len()) as i64))
}

fn iter<const ARRAY: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, _) = me::<ARRAY>(args, "__iter__", true)?;
    slot_args(args, "__iter__", 0, false)?;
    Ok(new_iter(
        &types().bytes_iterator,
        IterState::Bytes {
            b: v.clone(),
            index: 0,
        },
    ))
}

/// `b[key]`: an int for an index, a new object of the receiver's family for a slice.
fn getitem<const ARRAY: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, me) = me::<ARRAY>(args, "__getitem__", true)?;
    let key = &slot_args(args, "__getitem__", 1, false)?[0];
    if let Some(sl) = key.as_obj().and_then(|o| o.downcast::<Slice>()) {
        let n = me.read(|d| d.len());
        let (start, _, step, count) = slicing::indices(vm, sl, n)?;
        if !ARRAY && step == 1 && count == n && is_exact_bytes(v) {
            return Ok(v.clone());
        }
        let picked = me.read(|d| {
            (0..count)
                .filter_map(|k| {
                    let i = start.checked_add((k as isize).checked_mul(step)?)?;
                    d.get(usize::try_from(i).ok()?).copied()
                })
                .collect::<Vec<u8>>()
        });
        return Ok(me.make(picked));
    }
    if !has_index(key) {
        return Err(error::type_error(format!(
            "{} indices must be integers or slices, not {}",
            if ARRAY { "bytearray" } else { "byte" },
            type_name_of(key)
        )));
    }
    let i = protocols::index_isize(vm, key)?;
    let b = me.read(|d| bytes_methods::byte_at(d, i, ARRAY))?;
    Ok(int::from_i64(i64::from(b)))
}

/// `x in b`: an int in `range(256)` or a bytes-like needle.
pub(crate) fn contains_value(vm: &mut Vm, me: ByteSelf, x: &Value) -> PyResult<bool> {
    if has_index(x) {
        let i = protocols::index(vm, x)?;
        let needle = num_traits::ToPrimitive::to_i64(&i).unwrap_or(-1);
        let [b] = bytes_methods::byte_needle(needle)?;
        return Ok(me.read(|d| d.contains(&b)));
    }
    let needle = crate::interp::builtin_types::bytes_like(vm, x)?;
    Ok(me.read(|d| bytes_methods::contains(d, &needle)))
}

fn contains<const ARRAY: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, me) = me::<ARRAY>(args, "__contains__", true)?;
    let a = slot_args(args, "__contains__", 1, false)?;
    Ok(Value::bool(contains_value(vm, me, &a[0])?))
}

fn add<const ARRAY: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, me) = me::<ARRAY>(args, "__add__", true)?;
    let other = &slot_args(args, "__add__", 1, false)?[0];
    if !is_buffer(other) {
        return Err(error::type_error(format!(
            "can't concat {} to {}",
            type_name_of(other),
            type_name_of(v)
        )));
    }
    let tail = crate::interp::builtin_types::bytes_like(vm, other)?;
    let mut out = me.data().into_owned();
    out.extend_from_slice(&tail);
    Ok(me.make(out))
}

fn repeat<const ARRAY: bool>(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let (v, me) = me::<ARRAY>(args, name, true)?;
    let n = count_arg(vm, &slot_args(args, name, 1, true)?[0])?;
    if !ARRAY && n == 1 && is_exact_bytes(v) {
        return Ok(v.clone());
    }
    let out = me.read(|d| bytes_methods::repeat(d, n))?;
    Ok(me.make(out))
}

fn mul<const ARRAY: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    repeat::<ARRAY>(vm, args, "__mul__")
}

fn rmul<const ARRAY: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    repeat::<ARRAY>(vm, args, "__rmul__")
}

fn mod_<const ARRAY: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, _) = me::<ARRAY>(args, "__mod__", true)?;
    let a = slot_args(args, "__mod__", 1, false)?;
    // The result is of the format's family (`bytearray % x` is a bytearray).
    strops::bytes_percent_format(vm, v, &a[0])
}

/// `other % self`: only a format of the receiver's own type formats.
fn rmod<const ARRAY: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, _) = me::<ARRAY>(args, "__rmod__", true)?;
    let other = &slot_args(args, "__rmod__", 1, false)?[0];
    let same = other
        .as_obj()
        .is_some_and(|o| crate::objects::typeobj::is_subtype(o.ty(), owner::<ARRAY>()));
    if !same {
        return Ok(not_implemented());
    }
    strops::bytes_percent_format(vm, other, v)
}

/// The comparisons: `bytes` compares only with `bytes`, `bytearray` with any buffer.
fn compare<const ARRAY: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    test: fn(Ordering) -> bool,
) -> PyResult<Value> {
    let (_, me) = me::<ARRAY>(args, name, true)?;
    let other = &slot_args(args, name, 1, false)?[0];
    let comparable = if ARRAY {
        is_buffer(other)
    } else {
        bytes::as_bytes(other).is_some()
    };
    if !comparable {
        return Ok(not_implemented());
    }
    let theirs = crate::interp::builtin_types::bytes_like(vm, other)?;
    Ok(Value::bool(test(me.read(|d| d.cmp(&theirs[..])))))
}

fn lt<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare::<A>(vm, args, "__lt__", Ordering::is_lt)
}
fn le<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare::<A>(vm, args, "__le__", Ordering::is_le)
}
fn eq<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare::<A>(vm, args, "__eq__", Ordering::is_eq)
}
fn ne<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare::<A>(vm, args, "__ne__", Ordering::is_ne)
}
fn gt<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare::<A>(vm, args, "__gt__", Ordering::is_gt)
}
fn ge<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare::<A>(vm, args, "__ge__", Ordering::is_ge)
}

/// `bytes.__bytes__`: the value itself, or an exact copy for a subclass instance.
fn dunder_bytes(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, me) = me::<false>(args, "__bytes__", false)?;
    noargs(args, "bytes.__bytes__")?;
    if is_exact_bytes(v) {
        return Ok(v.clone());
    }
    Ok(bytes::new_bytes(me.data().into_owned()))
}

fn getnewargs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, me) = me::<false>(args, "__getnewargs__", false)?;
    noargs(args, "bytes.__getnewargs__")?;
    Ok(tuple::new_tuple(vec![bytes::new_bytes(
        me.data().into_owned(),
    )]))
}

/// `__sizeof__`: weft's own footprint (object and payload, plus the buffer's capacity).
fn sizeof<const ARRAY: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, me) = me::<ARRAY>(args, "__sizeof__", false)?;
    let owner = if ARRAY { "bytearray" } else { "bytes" };
    noargs(args, &format!("{owner}.__sizeof__"))?;
    let head = v.as_obj().map_or(0, crate::heap::alloc_size);
    let body = match me {
        ByteSelf::Bytes(b) => b.len(),
        ByteSelf::Array(a) => a.data.borrow().capacity(),
    };
    Ok(int::from_i64((head + body) as i64))
}

pub(crate) fn register<const ARRAY: bool>(ty: &ObjRef) {
    let defs: &[(&'static str, NativeFn)] = &[
        ("__repr__", repr_::<ARRAY>),
        ("__str__", str_::<ARRAY>),
        ("__len__", len::<ARRAY>),
        ("__iter__", iter::<ARRAY>),
        ("__getitem__", getitem::<ARRAY>),
        ("__contains__", contains::<ARRAY>),
        ("__add__", add::<ARRAY>),
        ("__mul__", mul::<ARRAY>),
        ("__rmul__", rmul::<ARRAY>),
        ("__mod__", mod_::<ARRAY>),
        ("__rmod__", rmod::<ARRAY>),
        ("__lt__", lt::<ARRAY>),
        ("__le__", le::<ARRAY>),
        ("__eq__", eq::<ARRAY>),
        ("__ne__", ne::<ARRAY>),
        ("__gt__", gt::<ARRAY>),
        ("__ge__", ge::<ARRAY>),
        ("__sizeof__", sizeof::<ARRAY>),
    ];
    methods(ty, defs);
    if ARRAY {
        // A mutable buffer is unhashable: `hash(bytearray())` raises, as `__hash__ = None` says.
        attrs(ty, vec![("__hash__", Value::NONE)]);
    } else {
        let defs: &[(&'static str, NativeFn)] = &[
            ("__hash__", hash),
            ("__bytes__", dunder_bytes),
            ("__getnewargs__", getnewargs),
        ];
        methods(ty, defs);
    }
}
