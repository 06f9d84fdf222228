//! `__reduce__` and `__setstate__` of the builtin iterators, so `copy` and `pickle` can rebuild them
//! (CPython's shapes: `(iter, (seq,), index)` for the indexed ones, `(iter, (list(rest),))` for dict and set
//! iterators, `(type(it), args)` for `enumerate`/`zip`/`map`/`filter`/`reversed`).
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::Vm;
use crate::objects::dictview::ViewKind;
use crate::objects::iterators::{Iter, IterState};
use crate::objects::{bytes, dict, int, list, range, set, str as pystr, tuple, types};
use num_bigint::BigInt;

/// The builtin `iter` as the current builtins see it (CPython reads it the same way).
pub(crate) fn builtin_iter(vm: &Vm) -> PyResult<Value> {
    dict::as_dict(&Value::obj(vm.builtins.clone()))
        .and_then(|d| d.get_rs("iter"))
        .ok_or_else(|| error::runtime_error("lost builtins.iter"))
}

/// `(f, args)` or `(f, args, state)`.
fn shape(f: Value, args: Vec<Value>, state: Option<Value>) -> Value {
    let mut v = vec![f, tuple::new_tuple(args)];
    v.extend(state);
    tuple::new_tuple(v)
}

fn index_value(i: usize) -> Value {
    int::from_i64(i as i64)
}

/// The values a dict iterator has still to produce; like CPython, which lists a copy of the
/// iterator, a dict that changed size raises as `next` would.
fn dict_rest(d: &Value, pos: usize, len: usize, kind: &ViewKind) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    let Some(d) = dict::as_dict(d) else {
        return Ok(out);
    };
    if d.len() != len {
        return Err(error::runtime_error(
            "dictionary changed size during iteration",
        ));
    }
    let mut p = pos;
    while let Some((next, k, v)) = d.next_entry(p) {
        out.push(match kind {
            ViewKind::Keys => k,
            ViewKind::Values => v,
            ViewKind::Items => tuple::new_tuple(vec![k, v]),
        });
        p = next;
    }
    Ok(out)
}

/// `__reduce__` of an iterator whose payload is `Iter`; `empty` is what an exhausted one re-iterates.
pub fn reduce_state(vm: &Vm, me: &Value, it: &Iter, empty: fn() -> Value) -> PyResult<Value> {
    let own_type = || Value::obj(me.as_obj().expect("iterator object").ty().clone());
    let iter = builtin_iter(vm)?;
    let st = it.state.borrow();
    Ok(match &*st {
        IterState::List { list: l, index } => {
            shape(iter, vec![l.clone()], Some(index_value(*index)))
        }
        IterState::ListReversed { list: l, index } => shape(
            Value::obj(types().reversed.clone()),
            vec![l.clone()],
            Some(int::from_i64(*index as i64)),
        ),
        IterState::Tuple { tuple: t, index } => {
            shape(iter, vec![t.clone()], Some(index_value(*index)))
        }
        IterState::Range {
            start,
            next,
            step,
            remaining,
        } => {
            let done = (*next as i128 - *start as i128) / *step as i128;
            let len = done + *remaining as i128;
            let stop = *start as i128 + len * *step as i128;
            let r = range::new_range(
                BigInt::from(*start),
                BigInt::from(stop),
                BigInt::from(*step),
            );
            shape(iter, vec![r], Some(int::from_big(BigInt::from(done))))
        }
        IterState::BigRange(b) => {
            let done: BigInt = (&b.next - &b.start) / &b.step;
            let stop = &b.start + (&done + &b.remaining) * &b.step;
            let r = range::new_range(b.start.clone(), stop, b.step.clone());
            shape(iter, vec![r], Some(int::from_big(done)))
        }
        IterState::Str { s, byte_pos } => {
            let i = pystr::as_str_obj(s).map_or(0, |t| gutf8_count(&t.as_bytes()[..*byte_pos]));
            shape(iter, vec![s.clone()], Some(index_value(i)))
        }
        IterState::Bytes { b, index } => shape(iter, vec![b.clone()], Some(index_value(*index))),
        IterState::Dict {
            dict: d,
            pos,
            len,
            kind,
            ..
        } => shape(
            iter,
            vec![list::new_list(dict_rest(d, *pos, *len, kind)?)],
            None,
        ),
        IterState::Set { set: s, pos, len } => {
            let mut out = Vec::new();
            if let Some(x) = set::as_set(s) {
                if x.len() != *len {
                    return Err(error::runtime_error("Set changed size during iteration"));
                }
                let mut p = *pos;
                while let Some((next, k)) = x.next_at(p) {
                    out.push(k);
                    p = next;
                }
            }
            shape(iter, vec![list::new_list(out)], None)
        }
        IterState::Seq { seq, index } => shape(iter, vec![seq.clone()], Some(index_value(*index))),
        IterState::Callable { func, sentinel } => {
            shape(iter, vec![func.clone(), sentinel.clone()], None)
        }
        IterState::Enumerate { it, count } => {
            shape(own_type(), vec![it.clone(), count.clone()], None)
        }
        IterState::Zip { its, strict } => {
            shape(own_type(), its.to_vec(), strict.then_some(Value::TRUE))
        }
        IterState::Map { func, its } => {
            let mut a = vec![func.clone()];
            a.extend(its.iter().cloned());
            shape(own_type(), a, None)
        }
        IterState::Filter { func, it } => shape(own_type(), vec![func.clone(), it.clone()], None),
        IterState::Exhausted => {
            let f = if me.as_obj().is_some_and(|o| o.ty().is(&types().reversed)) {
                own_type()
            } else {
                iter
            };
            shape(f, vec![empty()], None)
        }
    })
}

fn gutf8_count(b: &[u8]) -> usize {
    crate::text::gutf8::code_points(b).count()
}

/// `__setstate__(index)` of the indexed iterators: CPython clamps the position into the sequence.
pub fn setstate_state(it: &Iter, state: &Value) -> PyResult<()> {
    if !int::is_int(state) {
        return Err(error::type_error("an integer is required"));
    }
    let index = int::to_i64(state)
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))?;
    let mut st = it.state.borrow_mut();
    match &mut *st {
        IterState::List { list: l, index: i } => {
            let len = list::as_list(l).map_or(0, |l| l.len());
            *i = index.clamp(0, len as i64) as usize;
        }
        IterState::ListReversed { list: l, index: i } => {
            let len = crate::objects::iterators::reversed_len(l) as i64;
            *i = index.clamp(-1, (len - 1).max(-1)) as isize;
        }
        IterState::Tuple { tuple: t, index: i } => {
            let len = tuple::as_tuple(t).map_or(0, |t| t.len());
            *i = index.clamp(0, len as i64) as usize;
        }
        IterState::Bytes { b, index: i } => {
            let len = match bytes::as_bytes(b) {
                Some(d) => d.len(),
                None => b
                    .as_obj()
                    .and_then(|o| o.downcast::<crate::objects::bytearray::ByteArray>())
                    .map_or(0, |ba| ba.data.borrow().len()),
            };
            *i = index.clamp(0, len as i64) as usize;
        }
        IterState::Str { s, byte_pos } => {
            if let Some(t) = pystr::as_str_obj(s) {
                *byte_pos = t.byte_offset(index.clamp(0, t.char_len() as i64) as usize);
            }
        }
        IterState::Seq { index: i, .. } => *i = index.max(0) as usize,
        IterState::Range {
            start,
            next,
            step,
            remaining,
        } => {
            let done = (*next as i128 - *start as i128) / *step as i128;
            let len = done + *remaining as i128;
            let k = (index as i128).clamp(0, len);
            *next = (*start as i128 + k * *step as i128) as i64;
            *remaining = (len - k) as u64;
        }
        IterState::BigRange(b) => {
            let done: BigInt = (&b.next - &b.start) / &b.step;
            let len = done + &b.remaining;
            let k = BigInt::from(index).clamp(BigInt::from(0), len.clone());
            b.next = &b.start + &k * &b.step;
            b.remaining = len - k;
        }
        _ => {}
    }
    Ok(())
}
