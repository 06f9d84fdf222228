//! Subscription, length, containment and the `+`/`*`/`|`/`&` forms of the builtin containers.
use crate::compiler::bytecode::BinOp;
use crate::heap::{Kind, ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::slicing::{adjust, indices, seq_index, unpack};
use crate::interp::Vm;
use crate::objects::slice::Slice;
use crate::objects::{
    self, bytearray::ByteArray, bytes, dict::Dict, int, list, set::Set, str as pystr, tuple, types,
};
use num_traits::ToPrimitive;

fn as_slice(v: &Value) -> Option<&Slice> {
    v.as_obj().and_then(|o| o.downcast::<Slice>())
}

fn idx(vm: &mut Vm, key: &Value, what: &str) -> PyResult<isize> {
    if let Some(i) = key.as_int() {
        return Ok(i as isize);
    }
    // Only a key without `__index__` gets the container's message; its own errors pass through.
    if crate::objects::typeobj::lookup_str(&a_type(key), "__index__").is_none() {
        return Err(error::type_error(if what == "string" {
            format!(
                "string indices must be integers, not '{}'",
                type_name_of(key)
            )
        } else {
            format!(
                "{} indices must be integers or slices, not {}",
                what,
                type_name_of(key)
            )
        }));
    }
    crate::interp::protocols::index_isize(vm, key)
}

pub(crate) fn pick<T: Clone>(items: &[T], start: isize, step: isize, n: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        out.push(items[i as usize].clone());
        i += step;
    }
    out
}

/// Slice bounds that are inline ints or None, with a non-zero step: what the fast slicing paths take.
#[inline]
fn fast_bounds(
    start: &Value,
    stop: &Value,
    step: &Value,
) -> Option<(Option<isize>, Option<isize>, isize)> {
    let bound = |v: &Value| -> Option<Option<isize>> {
        if v.is_none() {
            Some(None)
        } else {
            v.as_int().map(|i| Some(i as isize))
        }
    };
    let step = bound(step)?.unwrap_or(1);
    (step != 0).then_some(())?;
    Some((bound(start)?, bound(stop)?, step))
}

/// `obj[start:stop:step]` for an exact list or tuple when every bound is an inline int or None and the
/// step is not zero: no slice object is made. `None` leaves the rest (and every error) to the slice path.
#[inline]
pub fn slice_fast(obj: &Value, start: &Value, stop: &Value, step: &Value) -> Option<Value> {
    let (start, stop, step) = fast_bounds(start, stop, step)?;
    let o = obj.as_obj()?;
    let t = types();
    match o.kind() {
        Kind::List if o.ty().is(&t.list) => {
            let items = o.downcast::<list::List>()?.items.borrow();
            let (first, _, step, n) = adjust(start, stop, step, items.len());
            let out = pick(&items, first, step, n);
            drop(items);
            Some(list::new_list(out))
        }
        Kind::Tuple if o.ty().is(&t.tuple) => {
            let items = &o.downcast::<tuple::Tuple>()?.items;
            let (first, _, step, n) = adjust(start, stop, step, items.len());
            if step == 1 && n == items.len() {
                return Some(obj.clone());
            }
            Some(tuple::new_tuple(pick(items, first, step, n)))
        }
        _ => None,
    }
}

/// `obj[start:stop:step] = value` for an exact list from an exact list or tuple, bounds as in
/// [`slice_fast`]; false leaves it (and every error, such as an extended slice of the wrong size) to the
/// slice path.
#[inline]
pub fn store_slice_fast(
    obj: &Value,
    start: &Value,
    stop: &Value,
    step: &Value,
    value: &Value,
) -> bool {
    let Some((start, stop, step)) = fast_bounds(start, stop, step) else {
        return false;
    };
    let t = types();
    let Some(l) = obj
        .as_obj()
        .filter(|o| o.kind() == Kind::List && o.ty().is(&t.list))
        .and_then(|o| o.downcast::<list::List>())
    else {
        return false;
    };
    // The new items first: `value` may be the list itself.
    let new: Vec<Value> = match value.as_obj() {
        Some(v) if v.kind() == Kind::List && v.ty().is(&t.list) => match v.downcast::<list::List>()
        {
            Some(vl) => vl.items.borrow().clone(),
            None => return false,
        },
        Some(v) if v.kind() == Kind::Tuple && v.ty().is(&t.tuple) => {
            match v.downcast::<tuple::Tuple>() {
                Some(vt) => vt.items.to_vec(),
                None => return false,
            }
        }
        _ => return false,
    };
    let mut items = l.items.borrow_mut();
    let (first, last, step, n) = adjust(start, stop, step, items.len());
    let removed: Vec<Value> = if step == 1 {
        let last = last.max(first);
        items.splice(first as usize..last as usize, new).collect()
    } else if new.len() == n {
        let mut i = first;
        new.into_iter()
            .map(|x| {
                let old = std::mem::replace(&mut items[i as usize], x);
                i += step;
                old
            })
            .collect()
    } else {
        return false;
    };
    // The replaced items go after the borrow ends (a finaliser may look at the list).
    drop(items);
    drop(removed);
    true
}

/// `obj[key]` for exact builtin containers; `None` when `obj` is not one.
pub fn builtin_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
    let Some(o) = obj.as_obj() else {
        return Ok(None);
    };
    match o.kind() {
        Kind::List => {
            let l = o.downcast::<list::List>().expect("kind checked");
            if let Some(s) = as_slice(key) {
                let n = l.items.borrow().len();
                let (start, _, step, len) = indices(vm, s, n)?;
                let items = pick(&l.items.borrow(), start, step, len);
                return Ok(Some(list::new_list(items)));
            }
            let i = idx(vm, key, "list")?;
            let items = l.items.borrow();
            match seq_index(i, items.len()) {
                Some(j) => Ok(Some(items[j].clone())),
                None => Err(error::index_error("list index out of range")),
            }
        }
        Kind::Tuple => {
            let t = &o.downcast::<tuple::Tuple>().expect("kind checked").items;
            if let Some(s) = as_slice(key) {
                let (start, _, step, len) = indices(vm, s, t.len())?;
                if step == 1 && len == t.len() && a_type(obj).is(&types().tuple) {
                    return Ok(Some(obj.clone()));
                }
                return Ok(Some(tuple::new_tuple(pick(t, start, step, len))));
            }
            let i = idx(vm, key, "tuple")?;
            match seq_index(i, t.len()) {
                Some(j) => Ok(Some(t[j].clone())),
                None => Err(error::index_error("tuple index out of range")),
            }
        }
        Kind::Str => {
            let s = o.downcast::<pystr::Str>().expect("kind checked");
            if let Some(sl) = as_slice(key) {
                let (start, _, step, len) = indices(vm, sl, s.char_len())?;
                if step == 1 && len == s.char_len() && a_type(obj).is(&types().str) {
                    return Ok(Some(obj.clone()));
                }
                if step == 1 {
                    return Ok(Some(pystr::substr_value(
                        s,
                        start as usize,
                        start as usize + len,
                    )));
                }
                if s.has_surrogates() {
                    let cps: Vec<u32> = s.code_points().collect();
                    return Ok(Some(pystr::new_code_points(&pick(&cps, start, step, len))));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let out: String = pick(&chars, start, step, len).into_iter().collect();
                return Ok(Some(pystr::new_string(out)));
            }
            let i = idx(vm, key, "string")?;
            match seq_index(i, s.char_len()).and_then(|j| s.code_point_at(j)) {
                Some(cp) => Ok(Some(match char::from_u32(cp) {
                    Some(c) => {
                        let mut buf = [0u8; 4];
                        Value::obj(pystr::intern(c.encode_utf8(&mut buf)))
                    }
                    None => pystr::char_value(cp),
                })),
                None => Err(error::index_error("string index out of range")),
            }
        }
        Kind::Bytes => {
            let b = &o.downcast::<bytes::Bytes>().expect("kind checked").data;
            if let Some(sl) = as_slice(key) {
                let (start, _, step, len) = indices(vm, sl, b.len())?;
                if step == 1 && len == b.len() && a_type(obj).is(&types().bytes) {
                    return Ok(Some(obj.clone()));
                }
                return Ok(Some(bytes::new_bytes(pick(b, start, step, len))));
            }
            let i = idx(vm, key, "byte")?;
            match seq_index(i, b.len()) {
                Some(j) => Ok(Some(int::from_i64(b[j] as i64))),
                None => Err(error::index_error("index out of range")),
            }
        }
        Kind::ByteArray => {
            let ba = o.downcast::<ByteArray>().expect("kind checked");
            if let Some(sl) = as_slice(key) {
                let n = ba.data.borrow().len();
                let (start, _, step, len) = indices(vm, sl, n)?;
                let v = pick(&ba.data.borrow(), start, step, len);
                return Ok(Some(objects::bytearray::new_bytearray(v)));
            }
            let i = idx(vm, key, "bytearray")?;
            let d = ba.data.borrow();
            match seq_index(i, d.len()) {
                Some(j) => Ok(Some(int::from_i64(d[j] as i64))),
                None => Err(error::index_error("bytearray index out of range")),
            }
        }
        Kind::Dict => {
            let d = o.downcast::<Dict>().expect("kind checked");
            match d.get(vm, key)? {
                Some(v) => Ok(Some(v)),
                None => {
                    if !o.ty().is(&types().dict) {
                        return Ok(None);
                    }
                    Err(error::key_error(key.clone()))
                }
            }
        }
        Kind::Range => crate::interp::builtin_types::range_getitem(vm, o, key).map(Some),
        _ => Ok(None),
    }
}

/// `obj[key] = v` for builtin containers; false when not handled.
pub fn builtin_setitem(vm: &mut Vm, obj: &Value, key: &Value, v: &Value) -> PyResult<bool> {
    let Some(o) = obj.as_obj() else {
        return Ok(false);
    };
    match o.kind() {
        Kind::List => {
            let l = o.downcast::<list::List>().expect("kind checked");
            if let Some(s) = as_slice(key) {
                let (start, stop, step) = unpack(vm, s)?;
                let extended = step != 1;
                let new = crate::interp::protocols::iterate(vm, v).map_err(|e| {
                    if !crate::interp::exc::matches_type(&e, &types().type_error) {
                        e
                    } else if extended {
                        error::type_error("must assign iterable to extended slice")
                    } else {
                        error::type_error("can only assign an iterable")
                    }
                })?;
                // Iterating may have run code that resized the list.
                let n = l.items.borrow().len();
                let (start, stop, step, len) = adjust(start, stop, step, n);
                if step == 1 {
                    let stop = stop.max(start);
                    let removed: Vec<Value> = l
                        .items
                        .borrow_mut()
                        .splice(start as usize..stop as usize, new)
                        .collect();
                    drop(removed);
                    return Ok(true);
                }
                if new.len() != len {
                    return Err(error::value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new.len(),
                        len
                    )));
                }
                let mut old = Vec::with_capacity(len);
                {
                    let mut items = l.items.borrow_mut();
                    let mut i = start;
                    for x in new {
                        old.push(std::mem::replace(&mut items[i as usize], x));
                        i += step;
                    }
                }
                drop(old);
                return Ok(true);
            }
            let i = idx(vm, key, "list")?;
            let old = {
                let mut items = l.items.borrow_mut();
                match seq_index(i, items.len()) {
                    Some(j) => std::mem::replace(&mut items[j], v.clone()),
                    None => return Err(error::index_error("list assignment index out of range")),
                }
            };
            drop(old);
            Ok(true)
        }
        Kind::Dict => {
            let d = o.downcast::<Dict>().expect("kind checked");
            d.set(vm, key.clone(), v.clone())?;
            Ok(true)
        }
        Kind::ByteArray => {
            let ba = o.downcast::<ByteArray>().expect("kind checked");
            objects::bytearray::set_subscript(vm, ba, key, v)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// `del obj[key]` for builtin containers; false when not handled.
pub fn builtin_delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<bool> {
    let Some(o) = obj.as_obj() else {
        return Ok(false);
    };
    match o.kind() {
        Kind::List => {
            let l = o.downcast::<list::List>().expect("kind checked");
            if let Some(s) = as_slice(key) {
                let n = l.items.borrow().len();
                let (start, _, step, len) = indices(vm, s, n)?;
                let mut removed = Vec::new();
                {
                    let mut items = l.items.borrow_mut();
                    let mut positions: Vec<usize> = (0..len)
                        .map(|k| (start + k as isize * step) as usize)
                        .collect();
                    positions.sort_unstable();
                    for p in positions.into_iter().rev() {
                        removed.push(items.remove(p));
                    }
                }
                drop(removed);
                return Ok(true);
            }
            let i = idx(vm, key, "list")?;
            let old = {
                let mut items = l.items.borrow_mut();
                match seq_index(i, items.len()) {
                    Some(j) => items.remove(j),
                    None => return Err(error::index_error("list assignment index out of range")),
                }
            };
            drop(old);
            Ok(true)
        }
        Kind::Dict => {
            let d = o.downcast::<Dict>().expect("kind checked");
            match d.remove(vm, key)? {
                Some(_) => Ok(true),
                None => Err(error::key_error(key.clone())),
            }
        }
        Kind::ByteArray => {
            let ba = o.downcast::<ByteArray>().expect("kind checked");
            objects::bytearray::del_subscript(vm, ba, key)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// `len()` of builtin containers.
pub fn builtin_len(o: &ObjRef) -> Option<usize> {
    match o.kind() {
        Kind::List => o.downcast::<list::List>().map(|l| l.items.borrow().len()),
        Kind::Tuple => o.downcast::<tuple::Tuple>().map(|t| t.items.len()),
        Kind::Str => o.downcast::<pystr::Str>().map(|s| s.char_len()),
        Kind::Bytes => o.downcast::<bytes::Bytes>().map(|b| b.data.len()),
        Kind::ByteArray => o.downcast::<ByteArray>().map(|b| b.data.borrow().len()),
        Kind::Dict => o.downcast::<Dict>().map(|d| d.len()),
        Kind::Set => o.downcast::<Set>().map(|s| s.len()),
        Kind::DictView => o
            .downcast::<objects::dictview::DictView>()
            .and_then(|v| objects::dict::as_dict(&v.dict).map(|d| d.len())),
        Kind::MappingProxy => None,
        Kind::Range => crate::interp::builtin_types::range_len(o)
            .and_then(|b| b.to_isize().map(|n| n as usize)),
        _ => None,
    }
}

/// `item in container` for builtin containers.
pub fn builtin_contains(vm: &mut Vm, item: &Value, container: &Value) -> PyResult<Option<bool>> {
    let Some(o) = container.as_obj() else {
        return Ok(None);
    };
    match o.kind() {
        Kind::Dict => Ok(Some(
            o.downcast::<Dict>()
                .expect("kind checked")
                .contains(vm, item)?,
        )),
        Kind::Set => Ok(Some(
            o.downcast::<Set>()
                .expect("kind checked")
                .contains(vm, item)?,
        )),
        Kind::Str => {
            let hay = o.downcast::<pystr::Str>().expect("kind checked");
            match pystr::as_str_obj(item) {
                Some(n) => Ok(Some(pystr::contains_str(hay, n))),
                None => Err(error::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name_of(item)
                ))),
            }
        }
        Kind::List | Kind::Tuple => {
            let items = match o.kind() {
                Kind::List => o
                    .downcast::<list::List>()
                    .expect("kind checked")
                    .items
                    .borrow()
                    .clone(),
                _ => o
                    .downcast::<tuple::Tuple>()
                    .expect("kind checked")
                    .items
                    .to_vec(),
            };
            for x in &items {
                if crate::interp::ops::eq_bool(vm, x, item)? {
                    return Ok(Some(true));
                }
            }
            Ok(Some(false))
        }
        Kind::Bytes | Kind::ByteArray => {
            let hay = crate::interp::builtin_types::bytes_like(vm, container)?;
            if int::is_int(item) {
                // A big int is out of range too (not a bytes-like needle).
                return match int::to_i64(item).filter(|i| (0..256).contains(i)) {
                    Some(i) => Ok(Some(hay.contains(&(i as u8)))),
                    None => Err(error::value_error("byte must be in range(0, 256)")),
                };
            }
            let needle = crate::interp::builtin_types::bytes_like(vm, item)?;
            Ok(Some(
                needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()),
            ))
        }
        Kind::Range => crate::interp::builtin_types::range_contains(vm, o, item).map(Some),
        Kind::DictView => {
            let dv = o
                .downcast::<objects::dictview::DictView>()
                .expect("kind checked");
            let Some(d) = objects::dict::as_dict(&dv.dict) else {
                return Ok(Some(false));
            };
            match dv.kind {
                objects::dictview::ViewKind::Keys => Ok(Some(d.contains(vm, item)?)),
                objects::dictview::ViewKind::Items => {
                    let Some(kv) = tuple::as_tuple(item).filter(|t| t.len() == 2) else {
                        return Ok(Some(false));
                    };
                    match d.get(vm, &kv[0])? {
                        Some(v) => Ok(Some(crate::interp::ops::eq_bool(vm, &v, &kv[1])?)),
                        None => Ok(Some(false)),
                    }
                }
                objects::dictview::ViewKind::Values => {
                    for v in d.values() {
                        if crate::interp::ops::eq_bool(vm, &v, item)? {
                            return Ok(Some(true));
                        }
                    }
                    Ok(Some(false))
                }
            }
        }
        _ => Ok(None),
    }
}

/// The count of `seq * n`: `None` when `n` is not an int; OverflowError beyond a machine word.
fn repeat_count(v: &Value) -> PyResult<Option<i64>> {
    if !int::is_int(v) {
        return Ok(None);
    }
    match int::to_i64(v) {
        Some(n) => Ok(Some(n)),
        None => Err(error::overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name_of(v)
        ))),
    }
}

/// `+`, `*`, `%`, `|`, `&`, `-`, `^` on builtin sequences, sets and dicts.
pub fn seq_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    use BinOp::*;
    let (Some(ao), bo) = (a.as_obj(), b.as_obj()) else {
        // int * seq
        if let (Some(n), Some(_)) = (repeat_count(a)?, b.as_obj()) {
            if op == Multiply {
                return seq_binary(vm, op, b, &int::from_i64(n));
            }
        }
        return Ok(None);
    };
    match (ao.kind(), op) {
        (Kind::Str, Add) => {
            if let (Some(x), Some(y)) = (pystr::as_str_obj(a), pystr::as_str_obj(b)) {
                return Ok(Some(pystr::concat(x, y)));
            }
            Ok(None)
        }
        (Kind::Str, Multiply) => match repeat_count(b)? {
            // An exact str repeated once is itself (CPython's unicode_repeat).
            Some(1) if ao.ty().is(&types().str) => Ok(Some(a.clone())),
            Some(n) => match pystr::as_str_obj(a) {
                Some(s) => pystr::repeat_str(s, isize::try_from(n).unwrap_or(isize::MAX)).map(Some),
                None => Ok(None),
            },
            None => Ok(None),
        },
        (Kind::Str, Remainder) => crate::interp::strops::percent_format(vm, a, b).map(Some),
        (Kind::List, Add) => match list::as_list(b) {
            Some(y) => {
                let mut v = list::as_list(a)
                    .expect("kind checked")
                    .items
                    .borrow()
                    .clone();
                v.extend(y.items.borrow().iter().cloned());
                Ok(Some(list::new_list(v)))
            }
            None => Ok(None),
        },
        (Kind::List, Multiply) => match repeat_count(b)? {
            Some(n) => {
                let items = list::as_list(a)
                    .expect("kind checked")
                    .items
                    .borrow()
                    .clone();
                Ok(Some(list::new_list(repeat(&items, n)?)))
            }
            None => Ok(None),
        },
        (Kind::Tuple, Add) => match tuple::as_tuple(b) {
            Some(y) => {
                let mut v = tuple::as_tuple(a).expect("kind checked").to_vec();
                v.extend(y.iter().cloned());
                Ok(Some(tuple::new_tuple(v)))
            }
            None => Ok(None),
        },
        (Kind::Tuple, Multiply) => match repeat_count(b)? {
            Some(n) => {
                let t = tuple::as_tuple(a).expect("kind checked");
                // An exact tuple is shared when repeating cannot change it (CPython's tuplerepeat).
                if (n == 1 || t.is_empty()) && ao.ty().is(&types().tuple) {
                    return Ok(Some(a.clone()));
                }
                Ok(Some(tuple::new_tuple(repeat(t, n)?)))
            }
            None => Ok(None),
        },
        (Kind::Bytes | Kind::ByteArray, Add) => {
            let Some(bk) = bo.map(|o| o.kind()) else {
                return Ok(None);
            };
            if !matches!(bk, Kind::Bytes | Kind::ByteArray | Kind::MemoryView) {
                return Err(error::type_error(format!(
                    "can't concat {} to {}",
                    type_name_of(b),
                    type_name_of(a)
                )));
            }
            let mut x = crate::interp::builtin_types::bytes_like(vm, a)?;
            x.extend(crate::interp::builtin_types::bytes_like(vm, b)?);
            Ok(Some(if ao.kind() == Kind::Bytes {
                bytes::new_bytes(x)
            } else {
                objects::bytearray::new_bytearray(x)
            }))
        }
        (Kind::Bytes | Kind::ByteArray, Multiply) => match repeat_count(b)? {
            Some(n) => {
                // An exact bytes whose repetition is as long as itself is shared (bytes_repeat).
                if ao.ty().is(&types().bytes)
                    && bytes::as_bytes(a).is_some_and(|x| n == 1 || x.is_empty())
                {
                    return Ok(Some(a.clone()));
                }
                let x = crate::interp::builtin_types::bytes_like(vm, a)?;
                let r = crate::text::bytes_methods::repeat(
                    &x,
                    isize::try_from(n).unwrap_or(isize::MAX),
                )?;
                Ok(Some(if ao.kind() == Kind::Bytes {
                    bytes::new_bytes(r)
                } else {
                    objects::bytearray::new_bytearray(r)
                }))
            }
            None => Ok(None),
        },
        (Kind::Bytes | Kind::ByteArray, Remainder) => {
            crate::interp::strops::bytes_percent_format(vm, a, b).map(Some)
        }
        (Kind::Set, Or | And | Subtract | Xor) => {
            crate::interp::builtin_types::set_binary(vm, op, a, b)
        }
        (Kind::DictView, Or | And | Subtract | Xor) => {
            crate::interp::builtin_types::view_binary(vm, op, a, b)
        }
        (Kind::Dict, Or) => {
            if objects::dict::as_dict(b).is_none() {
                return Ok(None);
            }
            let d = objects::dict::as_dict(a).expect("kind checked").copy();
            let o = crate::heap::alloc(&types().dict, d, None);
            if let Some(dd) = o.downcast::<Dict>() {
                for (k, v) in objects::dict::as_dict(b).expect("checked").items() {
                    dd.set(vm, k, v)?;
                }
            }
            Ok(Some(Value::obj(o)))
        }
        _ => {
            let seq = bo.is_some_and(|o| {
                matches!(
                    o.kind(),
                    Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray
                )
            });
            if op == Multiply && seq && repeat_count(a)?.is_some() {
                return seq_binary(vm, op, b, a);
            }
            Ok(None)
        }
    }
}

fn repeat(items: &[Value], n: i64) -> PyResult<Vec<Value>> {
    list::repeated(items, isize::try_from(n).unwrap_or(isize::MAX))
}

/// In-place forms of mutable builtins (`list +=`, `set |=`, `dict |=`, `bytearray +=`).
pub fn seq_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    use BinOp::*;
    let Some(ao) = a.as_obj() else {
        return Ok(None);
    };
    if crate::objects::typeobj::tdata(ao.ty()).has(crate::objects::typeobj::tflag::USER_SPECIALS) {
        return Ok(None);
    }
    match (ao.kind(), op) {
        (Kind::List, InplaceAdd) => {
            let items = crate::interp::protocols::iterate(vm, b).map_err(|_| {
                error::type_error(format!("'{}' object is not iterable", type_name_of(b)))
            })?;
            list::as_list(a)
                .expect("kind checked")
                .items
                .borrow_mut()
                .extend(items);
            Ok(Some(a.clone()))
        }
        (Kind::List, InplaceMultiply) => match repeat_count(b)? {
            Some(n) => {
                let l = list::as_list(a).expect("kind checked");
                let items = l.items.borrow().clone();
                let new = repeat(&items, n)?;
                let old = std::mem::replace(&mut *l.items.borrow_mut(), new);
                drop(old);
                Ok(Some(a.clone()))
            }
            None => Ok(None),
        },
        (Kind::Set, InplaceOr | InplaceAnd | InplaceSubtract | InplaceXor)
            if ao.ty().is(&types().set) =>
        {
            crate::interp::builtin_types::set_inplace(vm, op, a, b)
        }
        (Kind::Dict, InplaceOr) => {
            // `dict.__ior__` is `dict.update`: a mapping or an iterable of pairs.
            let d = ao.downcast::<Dict>().expect("kind checked");
            objects::dict_methods::update_from(vm, d, b)?;
            Ok(Some(a.clone()))
        }
        (Kind::ByteArray, InplaceMultiply) => match repeat_count(b)? {
            Some(n) => {
                let ba = ao.downcast::<ByteArray>().expect("kind checked");
                let data = ba.data.borrow().clone();
                let new = crate::text::bytes_methods::repeat(
                    &data,
                    isize::try_from(n).unwrap_or(isize::MAX),
                )?;
                if new.len() != data.len() {
                    ba.check_resize()?;
                }
                *ba.data.borrow_mut() = new;
                Ok(Some(a.clone()))
            }
            None => Ok(None),
        },
        (Kind::ByteArray, InplaceAdd) => {
            let x = crate::interp::builtin_types::bytes_like(vm, b)?;
            let ba = ao.downcast::<ByteArray>().expect("kind checked");
            if !x.is_empty() {
                ba.check_resize()?;
            }
            ba.data.borrow_mut().extend(x);
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}
