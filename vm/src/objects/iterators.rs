//! The builtin iterators (`list_iterator`, `range_iterator`, `enumerate`, `zip`, `map`, ...): one payload
//! whose state says which, so the loop's `ForIter` can advance the common ones without a call.
//! Their constructors (`enumerate(...)`, `reversed(...)`, ...) are in `iter_new.rs`.
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::{protocols, Vm};
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::method_support::this;
use crate::objects::register::methods;
use crate::objects::{int, iter_reduce, list, set, str as pystr, tuple, types};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;
use std::rc::Rc;

pub struct Iter {
    pub state: RefCell<IterState>,
}

impl Payload for Iter {
    const KIND: Kind = Kind::Iter;
}

pub enum IterState {
    List {
        list: Value,
        index: usize,
    },
    /// `reversed(list)`, and `reversed(tuple)` (whose `list` is then the tuple itself, as
    /// CPython's `reversed` keeps its sequence).
    ListReversed {
        list: Value,
        index: isize,
    },
    Tuple {
        tuple: Value,
        index: usize,
    },
    /// Small-int ranges: `next` until `remaining` is 0 (`start` is the first value, for `__reduce__`).
    Range {
        start: i64,
        next: i64,
        step: i64,
        remaining: u64,
    },
    /// Ranges of big ints.
    BigRange(Box<BigRange>),
    Str {
        s: Value,
        byte_pos: usize,
    },
    Bytes {
        b: Value,
        index: usize,
    },
    /// Dict keys/values/items: position in the entry vector, expected size for the changed-size check,
    /// and how many entries are still to come (a surplus means keys changed during iteration).
    Dict {
        dict: Value,
        pos: usize,
        len: usize,
        left: usize,
        kind: crate::objects::dictview::ViewKind,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    /// Old-style iteration through `__getitem__` with 0, 1, 2, ...
    Seq {
        seq: Value,
        index: usize,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    /// `its` is shared so a re-entrant `next` (from Python code a step runs) sees the iterators.
    Zip {
        its: Rc<[Value]>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Rc<[Value]>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Exhausted,
}

/// A range iterator over big ints (boxed: it is rare, and keeps every other iterator small).
pub struct BigRange {
    pub start: BigInt,
    pub next: BigInt,
    pub step: BigInt,
    pub remaining: BigInt,
}

pub fn new_iter(ty: &crate::heap::ObjRef, state: IterState) -> Value {
    Value::obj(crate::heap::alloc(
        ty,
        Iter {
            state: RefCell::new(state),
        },
        None,
    ))
}

/// The iterator types, in the order their natives are instantiated (`IT` below indexes this).
fn iter_type(i: usize) -> &'static ObjRef {
    let t = types();
    [
        &t.list_iterator,
        &t.list_reverseiterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.seq_iterator,
        &t.callable_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
    ][i]
}

/// Iterator types that have `__length_hint__` (the first eleven, and `reversed`).
const HINTED: [usize; 12] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 16];

fn iter_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.rest().exact("__iter__", 0)?;
    Ok(args.this()?.clone())
}

fn next<const IT: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    if let Some(r) = crate::objects::iter_new::reversed_seq_next(vm, me)? {
        return r.ok_or_else(|| error::stop_iteration(None));
    }
    let (me, _) = this::<Iter>(args, "__next__", iter_type(IT))?;
    args.rest().exact("__next__", 0)?;
    let o = me
        .as_obj()
        .ok_or_else(|| error::system_error("iterator is not an object"))?;
    match protocols::iter_next(vm, o)? {
        Some(v) => Ok(v),
        None => Err(error::stop_iteration(None)),
    }
}

fn length_hint<const IT: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    if let Some(n) = crate::objects::iter_new::reversed_seq_hint(vm, me)? {
        return Ok(int::from_i64(n as i64));
    }
    let (_, it) = this::<Iter>(args, "__length_hint__", iter_type(IT))?;
    args.rest().exact("__length_hint__", 0)?;
    let seq = match &*it.state.borrow() {
        IterState::Seq { seq, index } => Some((seq.clone(), *index)),
        _ => None,
    };
    if let Some((seq, index)) = seq {
        // Old-style iteration knows its length only through the sequence's own `__len__`.
        if crate::objects::typeobj::lookup_str(&crate::interp::ops::a_type(&seq), "__len__")
            .is_none()
        {
            return Ok(crate::objects::method_support::not_implemented());
        }
        let n = protocols::len(vm, &seq)?;
        return Ok(int::from_i64(n.saturating_sub(index) as i64));
    }
    let st = it.state.borrow();
    Ok(match &*st {
        IterState::BigRange(r) => int::from_big(if r.remaining.is_negative() {
            BigInt::default()
        } else {
            r.remaining.clone()
        }),
        other => int::from_i64(remaining(other).min(i64::MAX as u64) as i64),
    })
}

/// How many items a builtin iterator state has left (0 when unknown).
fn remaining(st: &IterState) -> u64 {
    let n = match st {
        IterState::List { list: l, index } => list::as_list(l)
            .map(|l| l.len().saturating_sub(*index))
            .unwrap_or(0),
        IterState::ListReversed { list: l, index } => {
            let len = reversed_len(l) as isize;
            if *index + 1 > len {
                0
            } else {
                (*index + 1).max(0) as usize
            }
        }
        IterState::Tuple { tuple: t, index } => tuple::as_tuple(t)
            .map(|t| t.len().saturating_sub(*index))
            .unwrap_or(0),
        IterState::Range { remaining, .. } => return *remaining,
        IterState::BigRange(r) => return r.remaining.to_u64().unwrap_or(0),
        IterState::Str { s, byte_pos } => pystr::as_str(s)
            .and_then(|x| x.get(*byte_pos..))
            .map(|x| x.chars().count())
            .unwrap_or(0),
        IterState::Bytes { b, index } => {
            let len = match crate::objects::bytes::as_bytes(b) {
                Some(d) => d.len(),
                None => b
                    .as_obj()
                    .and_then(|o| o.downcast::<crate::objects::bytearray::ByteArray>())
                    .map(|ba| ba.data.borrow().len())
                    .unwrap_or(0),
            };
            len.saturating_sub(*index)
        }
        IterState::Dict { dict, pos, len, .. } => match crate::objects::dict::as_dict(dict) {
            Some(d) if d.len() == *len => {
                let mut n = 0;
                let mut p = *pos;
                while let Some((next, _, _)) = d.next_entry(p) {
                    n += 1;
                    p = next;
                }
                n
            }
            _ => 0,
        },
        IterState::Set { set: s, pos, len } => match set::as_set(s) {
            Some(x) if x.len() == *len => {
                let mut n = 0;
                let mut p = *pos;
                while let Some((next, _)) = x.next_at(p) {
                    n += 1;
                    p = next;
                }
                n
            }
            _ => 0,
        },
        _ => 0,
    };
    n as u64
}

/// The length of what a `ListReversed` iterator walks (a list or a tuple).
pub(crate) fn reversed_len(l: &Value) -> usize {
    match list::as_list(l) {
        Some(x) => x.len(),
        None => crate::objects::tuple::as_tuple(l).map_or(0, |t| t.len()),
    }
}

/// Item `i` of what a `ListReversed` iterator walks.
pub(crate) fn reversed_item(l: &Value, i: usize) -> Option<Value> {
    match list::as_list(l) {
        Some(x) => x.items.borrow().get(i).cloned(),
        None => crate::objects::tuple::as_tuple(l).and_then(|t| t.get(i).cloned()),
    }
}

/// What an exhausted iterator of kind `IT` re-iterates in its `__reduce__`.
fn empty_of<const IT: usize>() -> Value {
    match IT {
        0 | 1 => list::new_list(Vec::new()),
        4 => pystr::new_str(""),
        _ => tuple::new_tuple(Vec::new()),
    }
}

fn reduce<const IT: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    if let Some(r) = crate::objects::iter_new::reversed_seq_reduce(me) {
        return Ok(r);
    }
    let (me, it) = this::<Iter>(args, "__reduce__", iter_type(IT))?;
    args.rest().exact("__reduce__", 0)?;
    iter_reduce::reduce_state(vm, me, it, empty_of::<IT>)
}

fn setstate<const IT: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    let state = &args.rest().exact("__setstate__", 1)?[0];
    if crate::objects::iter_new::reversed_seq_setstate(vm, me, state)? {
        return Ok(Value::NONE);
    }
    let (_, it) = this::<Iter>(args, "__setstate__", iter_type(IT))?;
    iter_reduce::setstate_state(it, state)?;
    Ok(Value::NONE)
}

/// Iterator types with a position `__setstate__` can move.
const POSITIONED: [usize; 8] = [0, 1, 2, 3, 4, 5, 10, 16];

fn natives<const IT: usize>() -> Vec<(&'static str, NativeFn)> {
    let mut v: Vec<(&'static str, NativeFn)> = vec![("__iter__", iter_), ("__next__", next::<IT>)];
    if HINTED.contains(&IT) {
        v.push(("__length_hint__", length_hint::<IT>));
    }
    v.push(("__reduce__", reduce::<IT>));
    if POSITIONED.contains(&IT) {
        v.push(("__setstate__", setstate::<IT>));
    }
    v
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    methods(iter_type(0), &natives::<0>());
    methods(iter_type(1), &natives::<1>());
    methods(iter_type(2), &natives::<2>());
    methods(iter_type(3), &natives::<3>());
    methods(iter_type(4), &natives::<4>());
    methods(iter_type(5), &natives::<5>());
    methods(iter_type(6), &natives::<6>());
    methods(iter_type(7), &natives::<7>());
    methods(iter_type(8), &natives::<8>());
    methods(iter_type(9), &natives::<9>());
    methods(iter_type(10), &natives::<10>());
    methods(iter_type(11), &natives::<11>());
    methods(iter_type(12), &natives::<12>());
    methods(iter_type(13), &natives::<13>());
    methods(iter_type(14), &natives::<14>());
    methods(iter_type(15), &natives::<15>());
    methods(iter_type(16), &natives::<16>());
    crate::objects::iter_new::register();
}
