//! The builtin iterators (`list_iterator`, `range_iterator`, `enumerate`, `zip`, `map`, ...): one payload
//! whose state says which, so the loop's `ForIter` can advance the common ones without a call.
use crate::heap::{Kind, Payload, Value};
use std::cell::RefCell;

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
    ListReversed {
        list: Value,
        index: isize,
    },
    Tuple {
        tuple: Value,
        index: usize,
    },
    /// Small-int ranges: `next` until `remaining` is 0.
    Range {
        next: i64,
        step: i64,
        remaining: u64,
    },
    /// Ranges of big ints.
    BigRange {
        next: num_bigint::BigInt,
        step: num_bigint::BigInt,
        remaining: num_bigint::BigInt,
    },
    Str {
        s: Value,
        byte_pos: usize,
    },
    Bytes {
        b: Value,
        index: usize,
    },
    /// Dict keys/values/items: position in the entry vector, expected size for the changed-size check.
    Dict {
        dict: Value,
        pos: usize,
        len: usize,
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
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Exhausted,
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

/// Fills the namespace of this file's type(s).
pub fn register() {}
