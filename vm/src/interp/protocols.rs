//! Object protocols used by the loop and by natives: iteration, containment, subscription, length,
//! unpacking, `with`, formatting, hashing and `repr`.
use crate::compiler::bytecode::UnaryOp;
use crate::heap::{Kind, ObjRef, Unpacked, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::ops::{a_type, dunder, type_name_of, Next};
use crate::interp::then::Then;
use crate::interp::{call, exc, recursion, Flow, Vm};
use crate::objects::dictview::ViewKind;
use crate::objects::iterators::{new_iter, BigRange, Iter, IterState};
use crate::objects::typeobj::{self, lookup, tdata, tflag};
use crate::objects::{self, dict::Dict, int, list, set::Set, str as pystr, tuple, types};
use crate::text::gutf8;
use num_traits::{Signed, ToPrimitive, Zero};

/// `iter(v)`.
pub fn get_iter(vm: &mut Vm, v: Value) -> PyResult<Flow> {
    let t = types();
    if let Some(o) = v.as_obj() {
        let ty = o.ty();
        let exact = !tdata(ty).has(tflag::USER_SPECIALS);
        if exact {
            let st = match o.kind() {
                Kind::List => Some((
                    &t.list_iterator,
                    IterState::List {
                        list: v.clone(),
                        index: 0,
                    },
                )),
                Kind::Tuple => Some((
                    &t.tuple_iterator,
                    IterState::Tuple {
                        tuple: v.clone(),
                        index: 0,
                    },
                )),
                Kind::Str => Some((
                    &t.str_iterator,
                    IterState::Str {
                        s: v.clone(),
                        byte_pos: 0,
                    },
                )),
                Kind::Bytes | Kind::ByteArray => Some((
                    &t.bytes_iterator,
                    IterState::Bytes {
                        b: v.clone(),
                        index: 0,
                    },
                )),
                Kind::Dict => {
                    let n = o.downcast::<Dict>().map(|d| d.len()).unwrap_or(0);
                    Some((
                        &t.dict_keyiterator,
                        IterState::Dict {
                            dict: v.clone(),
                            pos: 0,
                            len: n,
                            left: n,
                            kind: ViewKind::Keys,
                        },
                    ))
                }
                Kind::Set => {
                    let n = o.downcast::<Set>().map(|s| s.len()).unwrap_or(0);
                    Some((
                        &t.set_iterator,
                        IterState::Set {
                            set: v.clone(),
                            pos: 0,
                            len: n,
                        },
                    ))
                }
                Kind::Range => Some((
                    &t.range_iterator,
                    crate::interp::builtin_types::range_iter_state(o),
                )),
                Kind::Iter => return Ok(Flow::Value(v)),
                // Coroutines and async generators share the kind but are not iterable.
                Kind::Generator if ty.is(&t.generator) => return Ok(Flow::Value(v)),
                Kind::DictView => {
                    let dv = o
                        .downcast::<objects::dictview::DictView>()
                        .expect("kind checked");
                    let n = objects::dict::as_dict(&dv.dict)
                        .map(|d| d.len())
                        .unwrap_or(0);
                    let it_ty = match dv.kind {
                        ViewKind::Keys => &t.dict_keyiterator,
                        ViewKind::Values => &t.dict_valueiterator,
                        ViewKind::Items => &t.dict_itemiterator,
                    };
                    Some((
                        it_ty,
                        IterState::Dict {
                            dict: dv.dict.clone(),
                            pos: 0,
                            len: n,
                            left: n,
                            kind: dv.kind,
                        },
                    ))
                }
                _ => None,
            };
            if let Some((ty, st)) = st {
                return Ok(Flow::Value(new_iter(ty, st)));
            }
        }
    }
    let ty = a_type(&v);
    if let Some(m) = lookup(&ty, &dunder("__iter__")) {
        if m.is_none() {
            return Err(not_iterable(&v));
        }
        return call::call_special_then(vm, &m, vec![v], Then::GetIter);
    }
    if lookup(&ty, &dunder("__getitem__")).is_some() {
        return Ok(Flow::Value(new_iter(
            &types().seq_iterator,
            IterState::Seq { seq: v, index: 0 },
        )));
    }
    Err(not_iterable(&v))
}

#[cold]
fn not_iterable(v: &Value) -> PyErr {
    error::type_error(format!("'{}' object is not iterable", type_name_of(v)))
}

/// Checks what `__iter__` returned.
pub fn check_iterator(v: &Value) -> PyResult<()> {
    let ty = a_type(v);
    if v.as_obj()
        .is_some_and(|o| matches!(o.kind(), Kind::Iter | Kind::Generator))
        || lookup(&ty, &dunder("__next__")).is_some()
    {
        Ok(())
    } else {
        Err(error::type_error(format!(
            "iter() returned non-iterator of type '{}'",
            type_name_of(v)
        )))
    }
}

/// Advances the builtin iterators without any call: `Some(Some(item))`, `Some(None)` when exhausted,
/// `None` when the iterator needs the slow path.
#[inline]
pub fn next_fast(it: &Value) -> Option<Option<Value>> {
    let o = it.as_obj()?;
    if o.kind() != Kind::Iter {
        return None;
    }
    let i = o.downcast::<Iter>()?;
    let mut st = i.state.borrow_mut();
    match &mut *st {
        IterState::Range {
            next,
            step,
            remaining,
            ..
        } => {
            if *remaining == 0 {
                return Some(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Some(Some(int::from_i64(v)))
        }
        IterState::List { list: l, index } => {
            let items = list::as_list(l)?.items.borrow();
            match items.get(*index) {
                Some(v) => {
                    *index += 1;
                    Some(Some(v.clone()))
                }
                None => {
                    drop(items);
                    *st = IterState::Exhausted;
                    Some(None)
                }
            }
        }
        IterState::Tuple { tuple: t, index } => {
            let items = tuple::as_tuple(t)?;
            match items.get(*index) {
                Some(v) => {
                    *index += 1;
                    Some(Some(v.clone()))
                }
                None => {
                    *st = IterState::Exhausted;
                    Some(None)
                }
            }
        }
        IterState::Str { s, byte_pos } => {
            let text = pystr::as_str_obj(s)?;
            match text.as_str()[*byte_pos..].chars().next() {
                Some(c) if c != '\u{FFFD}' || !text.has_surrogates() => {
                    *byte_pos += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Some(Some(Value::obj(pystr::intern(c.encode_utf8(&mut buf)))))
                }
                // A lone surrogate, or a real U+FFFD, of a str with surrogates (see `Str`).
                Some(_) => {
                    let (cp, n) = gutf8::decode_at(text.as_bytes(), *byte_pos)?;
                    *byte_pos += n;
                    Some(Some(pystr::char_value(cp)))
                }
                None => {
                    *st = IterState::Exhausted;
                    Some(None)
                }
            }
        }
        IterState::Exhausted => Some(None),
        _ => None,
    }
}

/// Advances any iterator: builtin states that may raise or call, generators (as frames), `__next__`.
pub fn next_slow(vm: &mut Vm, it: Value, then: Then) -> PyResult<Next> {
    let Some(o) = it.as_obj().cloned() else {
        return Err(not_iterator(&it));
    };
    match o.kind() {
        Kind::Iter => iter_next(vm, &o).map(|r| match r {
            Some(v) => Next::Item(v),
            None => Next::Done,
        }),
        Kind::Generator if o.ty().is(&types().generator) => {
            match crate::interp::genops::resume(vm, &o, Value::NONE, None)? {
                crate::interp::genops::Resume::Frame(mut f) => {
                    f.then = then;
                    Ok(Next::Frame(f))
                }
                crate::interp::genops::Resume::Done => Ok(Next::Done),
            }
        }
        _ => {
            let ty = o.ty().clone();
            match lookup(&ty, &dunder("__next__")) {
                Some(m) => match next_call(vm, &m, &it, then) {
                    Ok(Flow::Value(v)) => Ok(Next::Item(v)),
                    Ok(Flow::Frame(f)) => Ok(Next::Frame(f)),
                    Ok(Flow::Pending) => match vm.pending_frame.take() {
                        Some(f) => Ok(Next::Frame(f)),
                        None => Err(error::system_error("lost pending frame")),
                    },
                    // After a soft switch the error is for another computation's frame (`Vm::switched`).
                    Err(e) if !vm.switched && exc::matches_type(&e, &types().stop_iteration) => {
                        Ok(Next::Done)
                    }
                    Err(e) => Err(e),
                },
                None => Err(not_iterator(&it)),
            }
        }
    }
}

/// Calls a `__next__` found on the type; a native one (`itertools`, `_io`, ...) takes the iterator
/// in place, without an argument vector.
fn next_call(vm: &mut Vm, m: &Value, it: &Value, then: Then) -> PyResult<Flow> {
    let Some(b) = m
        .as_obj()
        .and_then(|o| o.downcast::<crate::objects::builtin::Builtin>())
    else {
        return call::call_special_then(vm, m, vec![it.clone()], then);
    };
    // A `for` loop's `ForIter` calls the native as a plain call does: a channel's `__next__` can
    // switch softly there (then what it returns is for the computation switched to, `Vm::switched`).
    let r = if let Then::ForIter { .. } = then {
        vm.plain_call = true;
        vm.native_name = b.name;
        let r = call::call_native(vm, b, std::slice::from_ref(it), &Value::NULL);
        vm.plain_call = false;
        vm.native_name = "";
        r?
    } else {
        call::call_native(vm, b, std::slice::from_ref(it), &Value::NULL)?
    };
    if vm.switched {
        return Ok(r);
    }
    match r {
        Flow::Pending => match vm.pending_frame.take() {
            Some(mut f) => {
                f.then = then;
                Ok(Flow::Frame(f))
            }
            None => Err(error::system_error("lost pending frame")),
        },
        Flow::Frame(mut f) => {
            f.then = then;
            Ok(Flow::Frame(f))
        }
        v => Ok(v),
    }
}

#[cold]
fn not_iterator(v: &Value) -> PyErr {
    error::type_error(format!("'{}' object is not an iterator", type_name_of(v)))
}

/// `next()` on a builtin iterator state (may call Python re-entrantly for map/filter/seq/callable).
pub fn iter_next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<Value>> {
    if let Some(r) = next_fast(&Value::obj(o.clone())) {
        return Ok(r);
    }
    let Some(i) = o.downcast::<Iter>() else {
        return Ok(None);
    };
    // zip, map and filter keep no cursor, only their iterators: CPython's stay whole while their
    // step runs Python code, so a re-entrant `next` on the same object works (test_sf_793826).
    let shared = match &*i.state.borrow() {
        IterState::Zip { its, strict } => Some(IterState::Zip {
            its: its.clone(),
            strict: *strict,
        }),
        IterState::Map { func, its } => Some(IterState::Map {
            func: func.clone(),
            its: its.clone(),
        }),
        IterState::Filter { func, it } => Some(IterState::Filter {
            func: func.clone(),
            it: it.clone(),
        }),
        _ => None,
    };
    if let Some(mut st) = shared {
        let r = step(vm, &mut st);
        if matches!(r, Ok(None)) {
            *i.state.borrow_mut() = IterState::Exhausted;
        }
        return r;
    }
    // Take the state out while Python code may run.
    let mut st = std::mem::replace(&mut *i.state.borrow_mut(), IterState::Exhausted);
    let r = step(vm, &mut st);
    let done = matches!(r, Ok(None));
    if !done {
        *i.state.borrow_mut() = st;
    } else {
        drop(st);
    }
    r
}

fn step(vm: &mut Vm, st: &mut IterState) -> PyResult<Option<Value>> {
    match st {
        IterState::ListReversed { list: l, index } => {
            if *index < 0 {
                return Ok(None);
            }
            let v = objects::iterators::reversed_item(l, *index as usize);
            *index -= 1;
            Ok(v)
        }
        IterState::BigRange(r) => {
            if r.remaining.is_zero() || r.remaining.is_negative() {
                return Ok(None);
            }
            let v = r.next.clone();
            let BigRange {
                next,
                step,
                remaining,
                ..
            } = &mut **r;
            *remaining -= 1;
            *next += &*step;
            Ok(Some(int::from_big(v)))
        }
        IterState::Bytes { b, index } => {
            let v = match objects::bytes::as_bytes(b) {
                Some(d) => d.get(*index).copied(),
                None => b
                    .as_obj()
                    .and_then(|o| o.downcast::<objects::bytearray::ByteArray>())
                    .and_then(|ba| ba.data.borrow().get(*index).copied()),
            };
            *index += 1;
            Ok(v.map(|x| int::from_i64(x as i64)))
        }
        IterState::Dict {
            dict,
            pos,
            len,
            left,
            kind,
        } => {
            let Some(d) = objects::dict::as_dict(dict) else {
                return Ok(None);
            };
            if d.len() != *len {
                *len = usize::MAX;
                return Err(error::runtime_error(
                    "dictionary changed size during iteration",
                ));
            }
            match d.next_entry(*pos) {
                Some((p, k, v)) => {
                    if *left == 0 {
                        *len = usize::MAX;
                        return Err(error::runtime_error(
                            "dictionary keys changed during iteration",
                        ));
                    }
                    *left -= 1;
                    *pos = p;
                    Ok(Some(match kind {
                        ViewKind::Keys => k,
                        ViewKind::Values => v,
                        ViewKind::Items => tuple::new_tuple(vec![k, v]),
                    }))
                }
                None => Ok(None),
            }
        }
        IterState::Set { set, pos, len } => {
            let Some(s) = objects::set::as_set(set) else {
                return Ok(None);
            };
            if s.len() != *len {
                *len = usize::MAX;
                return Err(error::runtime_error("Set changed size during iteration"));
            }
            match s.next_at(*pos) {
                Some((p, k)) => {
                    *pos = p;
                    Ok(Some(k))
                }
                None => Ok(None),
            }
        }
        IterState::Seq { seq, index } => {
            let r = getitem(vm, seq.clone(), int::from_i64(*index as i64))
                .and_then(|f| call::run_flow(vm, f));
            match r {
                Ok(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                Err(e)
                    if exc::matches_type(&e, &types().index_error)
                        || exc::matches_type(&e, &types().stop_iteration) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Callable { func, sentinel } => {
            let v = match call::call_value(vm, func, Vec::new()) {
                Ok(v) => v,
                Err(e) if exc::matches_type(&e, &types().stop_iteration) => return Ok(None),
                Err(e) => return Err(e),
            };
            if crate::interp::ops::eq_bool(vm, &v, sentinel)? {
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Enumerate { it, count } => match next_value(vm, it)? {
            Some(v) => {
                let c = count.clone();
                let next = crate::interp::numops::add_one(&c);
                *count = next;
                Ok(Some(tuple::new_tuple(vec![c, v])))
            }
            None => Ok(None),
        },
        IterState::Zip { its, strict } => {
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (k, it) in its.iter().enumerate() {
                match next_value(vm, it)? {
                    Some(v) => out.push(v),
                    None => {
                        if *strict {
                            if k > 0 {
                                let plural = if k == 1 { " " } else { "s 1-" };
                                return Err(error::value_error(format!(
                                    "zip() argument {} is shorter than argument{}{}",
                                    k + 1,
                                    plural,
                                    k
                                )));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if next_value(vm, other)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(error::value_error(format!(
                                        "zip() argument {} is longer than argument{}{}",
                                        j + 1,
                                        plural,
                                        j
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(tuple::new_tuple(out)))
        }
        IterState::Map { func, its } => {
            let mut args = Vec::with_capacity(its.len());
            for it in its.iter() {
                match next_value(vm, it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            call::call_value(vm, func, args).map(Some)
        }
        IterState::Filter { func, it } => loop {
            let Some(v) = next_value(vm, it)? else {
                return Ok(None);
            };
            let keep = if func.is_none() {
                crate::interp::ops::truthy(vm, &v)?
            } else {
                let r = call::call_value(vm, func, vec![v.clone()])?;
                crate::interp::ops::truthy(vm, &r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        _ => Ok(None),
    }
}

/// `next(it)` re-entrantly: `Ok(None)` at the end.
pub fn next_value(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Some(r) = next_fast(it) {
        return Ok(r);
    }
    if let Some(f) = crate::interp::genops::resume_for_iter(vm, it) {
        // A suspended generator: it yields an item or returns (the end).
        return match call::run_flow(vm, Flow::Frame(f)) {
            Ok(v) => Ok(vm.yielded.then_some(v)),
            Err(e) if exc::matches_type(&e, &types().stop_iteration) => Ok(None),
            Err(e) => Err(e),
        };
    }
    match next_slow(vm, it.clone(), Then::Push)? {
        Next::Item(v) => Ok(Some(v)),
        Next::Done => Ok(None),
        Next::Frame(f) => {
            let generator = !f.gen.is_null();
            match call::run_flow(vm, Flow::Frame(f)) {
                Ok(v) => {
                    // A Python `__next__` returns its item; a generator frame either yielded one or returned.
                    if !generator || vm.yielded {
                        Ok(Some(v))
                    } else {
                        // A generator returned: end of iteration.
                        Ok(None)
                    }
                }
                Err(e) if exc::matches_type(&e, &types().stop_iteration) => Ok(None),
                Err(e) => Err(e),
            }
        }
    }
}

/// `next(it)` re-entrantly, raising `StopIteration` at the end; a generator's return value
/// becomes the exception's `value`, as `gen.__next__()` does.
pub fn next_or_stop(vm: &mut Vm, it: &Value) -> PyResult<Value> {
    if let Some(r) = next_fast(it) {
        return r.ok_or_else(|| error::stop_iteration(None));
    }
    let builtin = it.as_obj().is_some_and(|o| {
        o.kind() == Kind::Iter || o.kind() == Kind::Generator && o.ty().is(&types().generator)
    });
    if !builtin {
        // Any other `__next__`: its StopIteration (and value) propagates as raised.
        let m = lookup(&a_type(it), &dunder("__next__")).ok_or_else(|| not_iterator(it))?;
        return call::call_special(vm, &m, it, vec![]);
    }
    match next_slow(vm, it.clone(), Then::Push)? {
        Next::Item(v) => Ok(v),
        Next::Done => Err(error::stop_iteration(None)),
        Next::Frame(f) => {
            let generator = !f.gen.is_null();
            let v = call::run_flow(vm, Flow::Frame(f))?;
            if generator && !vm.yielded {
                return Err(crate::objects::generator::stop_with(v));
            }
            Ok(v)
        }
    }
}

/// `PyObject_LengthHint`: `len(v)`, else `v.__length_hint__()`, else `default`. Only a preallocation hint
/// for weft, but its calls and errors are visible to programs.
pub fn length_hint(vm: &mut Vm, v: &Value, default: usize) -> PyResult<usize> {
    let ty = a_type(v);
    // A builtin's `len` has no visible effect, but its `__length_hint__` may call Python code
    // (`reversed(seq)` and `iter(seq)` ask `len(seq)`).
    let user = tdata(&ty).has(tflag::USER_SPECIALS);
    if user && lookup(&ty, &dunder("__len__")).is_some() {
        match len(vm, v) {
            Ok(n) => return Ok(n),
            Err(e) if exc::matches_type(&e, &types().type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(m) = lookup(&ty, &dunder("__length_hint__")) else {
        return Ok(default);
    };
    let r = match call::call_special(vm, &m, v, vec![]) {
        Ok(r) => r,
        Err(e) if exc::matches_type(&e, &types().type_error) => return Ok(default),
        Err(e) => return Err(e),
    };
    if crate::interp::ops::is_not_implemented(&r) {
        return Ok(default);
    }
    if !int::is_int(&r) {
        return Err(error::type_error(format!(
            "__length_hint__ must be an integer, not {}",
            type_name_of(&r)
        )));
    }
    let b = int::to_big(&r).unwrap_or_default();
    let n = b
        .to_isize()
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))?;
    if n < 0 {
        return Err(error::value_error("__length_hint__() should return >= 0"));
    }
    Ok(n as usize)
}

/// Collects an iterable into a vector (re-entrant).
pub fn iterate(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(l) = list::as_list(v) {
        if !tdata(&a_type(v)).has(tflag::USER_SPECIALS) {
            return Ok(l.items.borrow().clone());
        }
    }
    if let Some(t) = tuple::as_tuple(v) {
        if !tdata(&a_type(v)).has(tflag::USER_SPECIALS) {
            return Ok(t.to_vec());
        }
    }
    let it = {
        let __f = get_iter(vm, v.clone())?;
        call::run_flow(vm, __f)
    }?;
    check_iterator(&it)?;
    let mut out = Vec::new();
    while let Some(x) = next_value(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// `send(value)` for `yield from`/`await` (3.11 `SEND`).
pub fn send(vm: &mut Vm, sub: Value, v: Value, target: u32) -> PyResult<Next> {
    if let Some(o) = sub.as_obj().cloned() {
        if o.kind() == Kind::Generator {
            return match crate::interp::genops::resume(vm, &o, v, None)? {
                crate::interp::genops::Resume::Frame(mut f) => {
                    f.then = Then::Send { target };
                    Ok(Next::Frame(f))
                }
                crate::interp::genops::Resume::Done => Err(error::runtime_error(
                    "cannot reuse already awaited coroutine",
                )),
            };
        }
    }
    let r = if v.is_none() {
        next_or_stop(vm, &sub)
    } else {
        let m = crate::interp::attr::getattr(vm, &sub, "send")?;
        call::call_value(vm, &m, vec![v])
    };
    r.map(Next::Item)
}

/// `item in container`, finished (a bool, negated for `not in`).
/// `item in container` for an exact set, frozenset or dict when no Python code is needed to answer.
#[inline]
pub fn contains_fast(item: &Value, container: &Value) -> Option<bool> {
    let o = container.as_obj()?;
    let t = types();
    match o.kind() {
        Kind::Set if o.ty().is(&t.set) || o.ty().is(&t.frozenset) => {
            o.downcast::<objects::set::Set>()?.contains_fast(item)
        }
        Kind::Dict if o.ty().is(&t.dict) => {
            o.downcast::<objects::dict::Dict>()?.contains_fast(item)
        }
        _ => None,
    }
}

pub fn contains(vm: &mut Vm, item: Value, container: Value, negate: bool) -> PyResult<Flow> {
    let ty = a_type(&container);
    if !tdata(&ty).has(tflag::USER_SPECIALS) {
        if let Some(b) = crate::interp::seqops::builtin_contains(vm, &item, &container)? {
            return Ok(Flow::Value(Value::bool(b != negate)));
        }
    }
    if let Some(m) = lookup(&ty, &dunder("__contains__")) {
        if m.is_none() {
            // `__contains__ = None` blocks the iteration fallback.
            return Err(error::type_error(format!(
                "'{}' object is not a container",
                type_name_of(&container)
            )));
        }
        {
            return match call::call_special_then(
                vm,
                &m,
                vec![container, item],
                Then::Contains { negate },
            )? {
                Flow::Value(v) => {
                    let b = crate::interp::ops::truthy(vm, &v)?;
                    Ok(Flow::Value(Value::bool(b != negate)))
                }
                other => Ok(other),
            };
        }
    }
    // Fall back to iteration.
    let it = match get_iter(vm, container.clone()) {
        Ok(f) => call::run_flow(vm, f)?,
        Err(e) if exc::matches_type(&e, &types().type_error) => {
            return Err(error::type_error(format!(
                "argument of type '{}' is not iterable",
                type_name_of(&container)
            )))
        }
        Err(e) => return Err(e),
    };
    while let Some(x) = next_value(vm, &it)? {
        if crate::interp::ops::eq_bool(vm, &x, &item)? {
            return Ok(Flow::Value(Value::bool(!negate)));
        }
    }
    Ok(Flow::Value(Value::bool(negate)))
}

/// Unary operators.
pub fn unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Flow> {
    if op == UnaryOp::Not {
        if let Some(b) = crate::interp::ops::truth_fast(&v) {
            return Ok(Flow::Value(Value::bool(!b)));
        }
        let ty = a_type(&v);
        let (m, is_len) = match lookup(&ty, &dunder("__bool__")) {
            Some(m) => (Some(m), false),
            None => (lookup(&ty, &dunder("__len__")), true),
        };
        return match m {
            Some(m) => match call::call_special_then(vm, &m, vec![v], Then::Not { len: is_len })? {
                Flow::Value(r) => Ok(Flow::Value(Value::bool(!crate::interp::ops::truth_result(
                    &r, is_len,
                )?))),
                other => Ok(other),
            },
            None => Ok(Flow::Value(Value::FALSE)),
        };
    }
    if let Some(r) = crate::interp::numops::unary_builtin(op, &v)? {
        if !tdata(&a_type(&v)).has(tflag::USER_SPECIALS) {
            return Ok(Flow::Value(r));
        }
    }
    let (name, sym) = match op {
        UnaryOp::Negative => ("__neg__", "-"),
        UnaryOp::Positive => ("__pos__", "+"),
        UnaryOp::Invert => ("__invert__", "~"),
        UnaryOp::Not => unreachable_not(),
    };
    let ty = a_type(&v);
    match lookup(&ty, &dunder(name)) {
        Some(m) => call::call_special_then(vm, &m, vec![v], Then::Push),
        None => Err(error::type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            type_name_of(&v)
        ))),
    }
}

fn unreachable_not() -> (&'static str, &'static str) {
    ("__bool__", "not")
}

/// Subscription of builtin sequences by small ints, without calls.
#[inline]
pub fn subscr_fast(obj: &Value, key: &Value) -> Option<Value> {
    let o = obj.as_obj()?;
    if o.kind() == Kind::Dict {
        return if o.ty().is(&types().dict) {
            o.downcast::<objects::dict::Dict>()?.get_fast(key)
        } else {
            None
        };
    }
    let i = key.as_int()?;
    match o.kind() {
        Kind::List if o.ty().is(&types().list) => {
            let items = o.downcast::<list::List>()?.items.borrow();
            let n = items.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if (0..n).contains(&j) {
                Some(items[j as usize].clone())
            } else {
                None
            }
        }
        Kind::Tuple if o.ty().is(&types().tuple) => {
            let items = &o.downcast::<tuple::Tuple>()?.items;
            let n = items.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if (0..n).contains(&j) {
                Some(items[j as usize].clone())
            } else {
                None
            }
        }
        _ => None,
    }
}

/// `obj[key] = value` for an exact list and an in-range inline int key: the replaced item, for the
/// caller to drop after the list is no longer borrowed (its finaliser may look at the list). `Err` gives
/// the value back when the general path must run.
#[inline]
pub fn store_subscr_fast(obj: &Value, key: &Value, value: Value) -> Result<Value, Value> {
    if let Some(d) = obj.as_obj().filter(|o| o.ty().is(&types().dict)) {
        return match d.downcast::<objects::dict::Dict>() {
            Some(d) => d.set_fast(key, value).map(|_| Value::NULL),
            None => Err(value),
        };
    }
    let (Some(i), Some(o)) = (key.as_int(), obj.as_obj()) else {
        return Err(value);
    };
    if o.kind() != Kind::List || !o.ty().is(&types().list) {
        return Err(value);
    }
    let Some(l) = o.downcast::<list::List>() else {
        return Err(value);
    };
    let Ok(mut items) = l.items.try_borrow_mut() else {
        return Err(value);
    };
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(value);
    }
    Ok(std::mem::replace(&mut items[j as usize], value))
}

/// `obj[key]`.
pub fn getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Flow> {
    let ty = a_type(&obj);
    if !tdata(&ty).has(tflag::USER_SPECIALS) {
        if let Some(v) = crate::interp::seqops::builtin_getitem(vm, &obj, &key)? {
            return Ok(Flow::Value(v));
        }
    }
    if let Some(m) = lookup(&ty, &dunder("__getitem__")) {
        return call::call_special_then(vm, &m, vec![obj, key], Then::Push);
    }
    if let Some(o) = obj.as_obj() {
        if o.kind() == Kind::Type {
            if let Some(cg) = lookup(o, &dunder("__class_getitem__")) {
                let f = match crate::interp::attr::descr_get(vm, &cg, &Value::NULL, o)? {
                    Some(f) => call::run_flow(vm, f)?,
                    None => cg,
                };
                return call::call_with_then(vm, &f, vec![key], Then::Push);
            }
            if o.is(&types().type_) {
                return crate::interp::builtin_types::generic_alias(vm, obj.clone(), key)
                    .map(Flow::Value);
            }
            return Err(error::type_error(format!(
                "type '{}' is not subscriptable",
                typeobj::type_name(o)
            )));
        }
    }
    Err(error::type_error(format!(
        "'{}' object is not subscriptable",
        type_name_of(&obj)
    )))
}

/// `obj[key] = v`.
pub fn setitem(vm: &mut Vm, obj: Value, key: Value, v: Value) -> PyResult<Flow> {
    let ty = a_type(&obj);
    if !tdata(&ty).has(tflag::USER_SPECIALS)
        && crate::interp::seqops::builtin_setitem(vm, &obj, &key, &v)?
    {
        return Ok(Flow::Value(Value::NONE));
    }
    match lookup(&ty, &dunder("__setitem__")) {
        Some(m) => call::call_special_then(vm, &m, vec![obj, key, v], Then::Discard),
        None => Err(error::type_error(format!(
            "'{}' object does not support item assignment",
            type_name_of(&obj)
        ))),
    }
}

/// `del obj[key]`.
pub fn delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Flow> {
    let ty = a_type(&obj);
    if !tdata(&ty).has(tflag::USER_SPECIALS)
        && crate::interp::seqops::builtin_delitem(vm, &obj, &key)?
    {
        return Ok(Flow::Value(Value::NONE));
    }
    match lookup(&ty, &dunder("__delitem__")) {
        Some(m) => call::call_special_then(vm, &m, vec![obj, key], Then::Discard),
        None => Err(error::type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name_of(&obj)
        ))),
    }
}

/// `obj[key] = v` re-entrantly.
pub fn setitem_call(vm: &mut Vm, obj: Value, key: Value, v: Value) -> PyResult<()> {
    let f = setitem(vm, obj, key, v)?;
    call::run_flow(vm, f).map(|_| ())
}

pub fn delitem_call(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let f = delitem(vm, obj, key)?;
    call::run_flow(vm, f).map(|_| ())
}

/// `mapping[key]` where a missing key gives `Ok(None)` (for `LoadName` with non-dict locals).
pub fn mapping_get(vm: &mut Vm, mapping: &Value, key: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = objects::dict::as_dict(mapping) {
        if a_type(mapping).is(&types().dict) {
            return d.get(vm, key);
        }
    }
    match getitem(vm, mapping.clone(), key.clone()).and_then(|f| call::run_flow(vm, f)) {
        Ok(v) => Ok(Some(v)),
        Err(e) if exc::matches_type(&e, &types().key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// (key, value) pairs of a mapping for `**kwargs` (checks duplicates is the caller's job).
pub fn mapping_items(vm: &mut Vm, m: &Value, callable: &Value) -> PyResult<Vec<(Value, Value)>> {
    // A dict subclass with its own `__iter__` is read through `keys()`, as CPython's `dict_merge`.
    if let Some(d) = objects::dict_methods::own_iteration(m) {
        return Ok(d.items());
    }
    let keys = match crate::interp::attr::getattr_opt(vm, m, "keys")? {
        Some(k) => call::call_value(vm, &k, Vec::new())?,
        None => {
            return Err(error::type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                callable_desc(callable),
                type_name_of(m)
            )))
        }
    };
    let mut out = Vec::new();
    for k in iterate(vm, &keys)? {
        let v = {
            let __f = getitem(vm, m.clone(), k.clone())?;
            call::run_flow(vm, __f)
        }?;
        out.push((k, v));
    }
    Ok(out)
}

/// How error messages name a callable: `f()` for functions, `X.m()`, or the repr.
pub fn callable_desc(c: &Value) -> String {
    // CPython's `_PyObject_FunctionStr`: `module.qualname()`, without the module for builtins.
    let with_module = |module: Option<&str>, qualname: &str| match module {
        Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
        _ => format!("{qualname}()"),
    };
    if let Some(o) = c.as_obj() {
        if let Some(f) = o.downcast::<objects::function::Function>() {
            let module = f.module.borrow().clone();
            return with_module(
                pystr::as_str(&module),
                pystr::as_str(&f.qualname.borrow()).unwrap_or("?"),
            );
        }
        if let Some(b) = o.downcast::<objects::builtin::Builtin>() {
            return match (&b.self_, &b.owner) {
                (Some(s), Some(_)) if !s.as_obj().is_some_and(|m| m.kind() == Kind::Module) => {
                    let t = match s.as_obj().filter(|o| o.kind() == Kind::Type) {
                        Some(t) => t.clone(),
                        None => a_type(s),
                    };
                    let q = tdata(&t).qualname.borrow().clone();
                    format!("{q}.{}()", b.name)
                }
                _ => format!("{}()", b.name),
            };
        }
        if o.kind() == Kind::Type {
            let td = tdata(o);
            let module = td.dict.get_rs("__module__");
            let q = td.qualname.borrow().clone();
            return with_module(module.as_ref().and_then(pystr::as_str), &q);
        }
        if let Some(m) = o.downcast::<objects::method::Method>() {
            return callable_desc(&m.func);
        }
    }
    format!("{} object", type_name_of(c))
}

pub fn build_set(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let o = objects::set::new_set_obj(false);
    if let Some(s) = o.downcast::<Set>() {
        for v in items {
            s.add(vm, v)?;
        }
    }
    Ok(Value::obj(o))
}

pub fn build_map(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let o = objects::dict::new_dict();
    if let Some(d) = o.downcast::<Dict>() {
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            d.set(vm, k, v)?;
        }
    }
    Ok(Value::obj(o))
}

pub fn list_extend(vm: &mut Vm, l: &Value, it: Value) -> PyResult<()> {
    let items = iterate(vm, &it).map_err(|e| {
        if exc::matches_type(&e, &types().type_error)
            && it
                .as_obj()
                .is_none_or(|o| lookup(o.ty(), &dunder("__iter__")).is_none())
        {
            error::type_error(format!(
                "Value after * must be an iterable, not {}",
                type_name_of(&it)
            ))
        } else {
            e
        }
    })?;
    if let Some(lst) = list::as_list(l) {
        lst.items.borrow_mut().extend(items);
    }
    Ok(())
}

pub fn set_update(vm: &mut Vm, s: &Value, it: Value) -> PyResult<()> {
    let items = iterate(vm, &it)?;
    if let Some(set) = objects::set::as_set(s) {
        for v in items {
            set.add(vm, v)?;
        }
    }
    Ok(())
}

/// `DictUpdate` (`{**a}`) and `DictMerge` (`f(**a)`: duplicate keys are an error naming the function).
pub fn dict_update(
    vm: &mut Vm,
    d: &Value,
    other: Value,
    merge: bool,
    func: &Value,
) -> PyResult<()> {
    let Some(dd) = objects::dict::as_dict(d) else {
        return Ok(());
    };
    if !merge {
        // `{**a}` is `dict.update(a)` for a mapping (CPython's `PyDict_Update`).
        if objects::dict_methods::update_from_mapping(vm, dd, &other)? {
            return Ok(());
        }
        return Err(error::type_error(format!(
            "'{}' object is not a mapping",
            type_name_of(&other)
        )));
    }
    let items = if let Some(od) = objects::dict_methods::own_iteration(&other) {
        od.items()
    } else {
        match crate::interp::attr::getattr_opt(vm, &other, "keys")? {
            Some(_) => mapping_items(vm, &other, func)?,
            None => {
                return Err(error::type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    callable_desc(func),
                    type_name_of(&other)
                )))
            }
        }
    };
    for (k, v) in items {
        if pystr::as_str(&k).is_none() {
            return Err(error::type_error("keywords must be strings"));
        }
        if dd.get(vm, &k)?.is_some() {
            return Err(error::type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                callable_desc(func),
                pystr::as_str(&k).unwrap_or("")
            )));
        }
        dd.set(vm, k, v)?;
    }
    Ok(())
}

/// Unpacking for `a, b = x` (`star` = Some(after) for `a, *b, c = x`). Items in order.
pub fn unpack(vm: &mut Vm, seq: Value, before: usize, star: Option<usize>) -> PyResult<Vec<Value>> {
    let items = match tuple::as_tuple(&seq) {
        Some(t) if a_type(&seq).is(&types().tuple) => t.to_vec(),
        _ => match list::as_list(&seq) {
            Some(l) if a_type(&seq).is(&types().list) => l.items.borrow().clone(),
            _ => {
                let it = match get_iter(vm, seq.clone()) {
                    Ok(f) => call::run_flow(vm, f)?,
                    Err(e) if exc::matches_type(&e, &types().type_error) => {
                        return Err(error::type_error(format!(
                            "cannot unpack non-iterable {} object",
                            type_name_of(&seq)
                        )))
                    }
                    Err(e) => return Err(e),
                };
                let mut out = Vec::new();
                while let Some(x) = next_value(vm, &it)? {
                    out.push(x);
                    if star.is_none() && out.len() > before {
                        return Err(error::value_error(format!(
                            "too many values to unpack (expected {before})"
                        )));
                    }
                }
                out
            }
        },
    };
    match star {
        None => {
            if items.len() < before {
                return Err(error::value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    before,
                    items.len()
                )));
            }
            if items.len() > before {
                return Err(error::value_error(format!(
                    "too many values to unpack (expected {before})"
                )));
            }
            Ok(items)
        }
        Some(after) => {
            if items.len() < before + after {
                return Err(error::value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                )));
            }
            let mut items = items;
            let tail = items.split_off(items.len() - after);
            let mid = items.split_off(before);
            items.push(list::new_list(mid));
            items.extend(tail);
            Ok(items)
        }
    }
}

/// `len(v)`.
pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Some(o) = v.as_obj() {
        if !tdata(o.ty()).has(tflag::USER_SPECIALS) {
            if let Some(n) = crate::interp::seqops::builtin_len(o) {
                return Ok(n);
            }
        }
    }
    let ty = a_type(v);
    match lookup(&ty, &dunder("__len__")) {
        Some(m) => {
            let r = call::call_special(vm, &m, v, Vec::new())?;
            if !int::is_int(&r) && lookup(&a_type(&r), &dunder("__index__")).is_some() {
                // `slot_sq_length` converts through `__index__`.
                return crate::interp::ops::len_from_big(&index(vm, &r)?);
            }
            crate::interp::ops::len_result(&r)
        }
        None => Err(error::type_error(format!(
            "object of type '{}' has no len()",
            type_name_of(v)
        ))),
    }
}

/// `FormatValue`: conversion then `format(value, spec)`.
pub fn format_value(vm: &mut Vm, v: Value, conv: u32, spec: Value) -> PyResult<Value> {
    // `format(v, '')` is `str(v)` for these.
    if conv <= 1 && (spec.is_null() || pystr::as_str(&spec) == Some("")) {
        if let Some(s) = str_fast(&v) {
            return Ok(s);
        }
    }
    let v = match conv {
        1 => str_value(vm, &v)?,
        2 => repr_value(vm, &v)?,
        3 => pystr::new_string(ascii_string(vm, &v)?),
        _ => v,
    };
    let spec_s = if spec.is_null() {
        ""
    } else {
        pystr::as_str(&spec).unwrap_or("")
    };
    if spec_s.is_empty() && a_type(&v).is(&types().str) {
        return Ok(v);
    }
    format(vm, &v, spec_s)
}

/// `format(v, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Value> {
    let ty = a_type(v);
    let m = lookup(&ty, &dunder("__format__")).ok_or_else(|| error::type_error("no __format__"))?;
    let r = call::call_special(vm, &m, v, vec![pystr::new_str(spec)])?;
    if pystr::as_str(&r).is_none() {
        return Err(error::type_error(format!(
            "__format__ must return a str, not {}",
            type_name_of(&r)
        )));
    }
    Ok(r)
}

/// `BeforeWith`: pushes `__exit__` (bound) and calls `__enter__`.
pub fn before_with(vm: &mut Vm, mgr: Value, is_async: bool) -> PyResult<(Value, Flow)> {
    let ty = a_type(&mgr);
    let (enter_n, exit_n) = if is_async {
        ("__aenter__", "__aexit__")
    } else {
        ("__enter__", "__exit__")
    };
    let Some(enter) = lookup(&ty, &dunder(enter_n)) else {
        return Err(error::type_error(format!(
            "'{}' object does not support the {}context manager protocol",
            type_name_of(&mgr),
            if is_async { "asynchronous " } else { "" }
        )));
    };
    let Some(exit) = lookup(&ty, &dunder(exit_n)) else {
        return Err(error::type_error(format!(
            "'{}' object does not support the {}context manager protocol (missed {} method)",
            type_name_of(&mgr),
            if is_async { "asynchronous " } else { "" },
            exit_n
        )));
    };
    let exit_bound = match crate::interp::attr::descr_get(vm, &exit, &mgr, &ty)? {
        Some(f) => call::run_flow(vm, f)?,
        None => exit,
    };
    let flow = call::call_special_then(vm, &enter, vec![mgr], Then::Enter)?;
    Ok((exit_bound, flow))
}

/// `str(v)` as a str value (re-entrant).
pub fn str_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(s) = str_fast(v) {
        return Ok(s);
    }
    let ty = a_type(v);
    let m = lookup(&ty, &dunder("__str__")).ok_or_else(|| error::type_error("no __str__"))?;
    let r = call::call_value_in(vm, recursion::GETTING_STR, &m, vec![v.clone()])?;
    if pystr::as_str(&r).is_none() {
        return Err(error::type_error(format!(
            "__str__ returned non-string (type {})",
            type_name_of(&r)
        )));
    }
    Ok(r)
}

/// `str(v)` without a call for an exact str and an inline int (whose `__str__` cannot be overridden).
#[inline]
pub fn str_fast(v: &Value) -> Option<Value> {
    if let Some(i) = v.as_int() {
        return Some(pystr::from_i64(i));
    }
    let o = v.as_obj()?;
    (o.kind() == Kind::Str && o.ty().is(&types().str)).then(|| v.clone())
}

pub fn str_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(pystr::as_str(&str_value(vm, v)?).unwrap_or("").to_string())
}

/// `repr(v)` (re-entrant), guarded against runaway recursion in nested containers.
pub fn repr_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if !v.is_obj() {
        // `PyObject_Repr` checks the recursion limit whatever the object.
        return vm.nested(recursion::GETTING_REPR, |_| Ok(repr_inline(v)));
    }
    let r = repr_value(vm, v)?;
    Ok(pystr::as_str(&r).unwrap_or("").to_string())
}

/// `ascii(v)`: the repr with every non-ASCII code point escaped.
pub fn ascii_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if !v.is_obj() {
        return Ok(repr_inline(v));
    }
    let r = repr_value(vm, v)?;
    Ok(crate::interp::strops::ascii_of(
        pystr::as_str_obj(&r)
            .into_iter()
            .flat_map(pystr::Str::code_points),
    ))
}

/// `repr(v)` as the object `__repr__` returned (a str subclass instance stays one).
pub fn repr_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.unpack() {
        Unpacked::None | Unpacked::Bool(_) | Unpacked::Int(_) | Unpacked::Float(_) => {
            return vm.nested(recursion::GETTING_REPR, |_| {
                Ok(pystr::new_string(repr_inline(v)))
            });
        }
        _ => {}
    }
    let ty = a_type(v);
    let m = lookup(&ty, &dunder("__repr__")).ok_or_else(|| error::type_error("no __repr__"))?;
    let r = call::call_value_in(vm, recursion::GETTING_REPR, &m, vec![v.clone()])?;
    if pystr::as_str(&r).is_none() {
        return Err(error::type_error(format!(
            "__repr__ returned non-string (type {})",
            type_name_of(&r)
        )));
    }
    Ok(r)
}

/// The repr of an inline value (None, bool, int, float).
fn repr_inline(v: &Value) -> String {
    match v.unpack() {
        Unpacked::None => "None".into(),
        Unpacked::Bool(b) => if b { "True" } else { "False" }.into(),
        Unpacked::Int(i) => i.to_string(),
        Unpacked::Float(f) => crate::format::float_repr(f),
        _ => String::new(),
    }
}

/// `<class 'X'>` as in messages.
/// [`repr_type`] of a value known to be a type (a plain name otherwise).
pub fn repr_value_type(v: &Value) -> String {
    match v.as_obj().filter(|o| o.kind() == Kind::Type) {
        Some(t) => repr_type(t),
        None => type_name_of(v),
    }
}

pub fn repr_type(t: &ObjRef) -> String {
    let td = tdata(t);
    let module = td
        .dict
        .get_rs("__module__")
        .and_then(|m| pystr::as_str(&m).map(|s| s.to_string()));
    match module {
        Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, td.qualname.borrow()),
        _ => format!("<class '{}'>", td.qualname.borrow()),
    }
}

/// `hash(v)` through `__hash__`.
pub fn hash_slow(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let ty = a_type(v);
    match lookup(&ty, &dunder("__hash__")) {
        Some(m) if !m.is_none() => {
            let r = call::call_special(vm, &m, v, vec![])?;
            if !int::is_int(&r) {
                return Err(error::type_error(
                    "__hash__ method should return an integer",
                ));
            }
            let h = match int::to_i64(&r) {
                Some(h) => h,
                None => crate::interp::numops::hash_big(&int::to_big(&r).unwrap_or_default()),
            };
            Ok(if h == -1 { -2 } else { h })
        }
        _ => Err(error::type_error(format!(
            "unhashable type: '{}'",
            type_name_of(v)
        ))),
    }
}

/// The index value of `v` (`__index__`), for subscripts and `range`.
pub fn index(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    if let Some(b) = int::to_big(v) {
        if int::is_int(v) {
            return Ok(b);
        }
    }
    let ty = a_type(v);
    match lookup(&ty, &dunder("__index__")) {
        Some(m) => {
            let r = call::call_special(vm, &m, v, vec![])?;
            if !int::is_int(&r) {
                return Err(error::type_error(format!(
                    "__index__ returned non-int (type {})",
                    type_name_of(&r)
                )));
            }
            Ok(int::to_big(&r).unwrap_or_default())
        }
        None => Err(error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ))),
    }
}

/// `index(v)` as isize, with OverflowError like `PyNumber_AsSsize_t(v, IndexError)`.
pub fn index_isize(vm: &mut Vm, v: &Value) -> PyResult<isize> {
    if let Some(i) = v.as_int() {
        return Ok(i as isize);
    }
    let b = index(vm, v)?;
    b.to_isize().ok_or_else(|| {
        error::index_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name_of(v)
        ))
    })
}
