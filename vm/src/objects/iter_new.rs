//! The constructors `enumerate(it, start=0)`, `zip(*its, strict=False)`, `map(f, *its)`, `filter(f, it)` and
//! `reversed(seq)`.
//!
//! `reversed` over a user sequence reads it through `__getitem__` from the end and stops quietly at an
//! `IndexError`; the loop's iterator states have no such step, so that object carries a native payload of
//! its own (it is still of type `reversed`) and is advanced through `reversed.__next__`.
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::{call, exc, ops, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::iterators::{Iter, IterState};
use crate::objects::method_support::{alloc_instance, new_cls, takes_no_keywords};
use crate::objects::native::NativeObj;
use crate::objects::register::statics;
use crate::objects::typeobj::{is_subtype, lookup_str};
use crate::objects::{bytes, int, list, str as pystr, tuple, types};
use std::cell::{Cell, RefCell};

fn new_iter_of(cls: &crate::heap::ObjRef, state: IterState) -> Value {
    Value::obj(alloc_instance(
        cls,
        Iter {
            state: RefCell::new(state),
        },
    ))
}

/// An iterator over `v` (`iter(v)`), checked to be one.
fn iter_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = protocols::get_iter(vm, v.clone())?;
    let it = call::run_flow(vm, f)?;
    protocols::check_iterator(&it)?;
    Ok(it)
}

fn enumerate_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().enumerate)?;
    let [iterable, start] = args.rest().bind("enumerate", ["iterable", "start"], 0, 0)?;
    let Some(iterable) = iterable else {
        return Err(error::type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let it = iter_of(vm, &iterable)?;
    let count = match start {
        Some(s) => int::from_big(protocols::index(vm, &s)?),
        None => int::from_i64(0),
    };
    Ok(new_iter_of(cls, IterState::Enumerate { it, count }))
}

fn zip_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().zip)?;
    let rest = args.rest();
    let mut strict = false;
    for (k, v) in rest.kwargs() {
        if k != "strict" {
            return Err(error::type_error(format!(
                "'{k}' is an invalid keyword argument for zip()"
            )));
        }
        strict = ops::truthy(vm, v)?;
    }
    let mut its = Vec::with_capacity(rest.positional().len());
    for v in rest.positional() {
        its.push(iter_of(vm, v)?);
    }
    Ok(new_iter_of(
        cls,
        IterState::Zip {
            its: its.into(),
            strict,
        },
    ))
}

fn map_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().map)?;
    let rest = args.rest();
    if takes_no_keywords(cls, &types().map) && rest.has_kwargs() {
        return Err(error::type_error("map() takes no keyword arguments"));
    }
    let pos = rest.positional();
    if pos.len() < 2 {
        return Err(error::type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(pos.len() - 1);
    for v in &pos[1..] {
        its.push(iter_of(vm, v)?);
    }
    Ok(new_iter_of(
        cls,
        IterState::Map {
            func: pos[0].clone(),
            its: its.into(),
        },
    ))
}

fn filter_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().filter)?;
    let rest = args.rest();
    if takes_no_keywords(cls, &types().filter) && rest.has_kwargs() {
        return Err(error::type_error("filter() takes no keyword arguments"));
    }
    let pos = rest.positional();
    if pos.len() != 2 {
        return Err(error::type_error(format!(
            "filter expected 2 arguments, got {}",
            pos.len()
        )));
    }
    let it = iter_of(vm, &pos[1])?;
    Ok(new_iter_of(
        cls,
        IterState::Filter {
            func: pos[0].clone(),
            it,
        },
    ))
}

/// `reversed(seq)` over a sequence without `__reversed__`: the next index to read, counting down.
struct RevSeq {
    seq: RefCell<Value>,
    index: Cell<isize>,
}

fn reversed_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().reversed)?;
    let rest = args.rest();
    if takes_no_keywords(cls, &types().reversed) && rest.has_kwargs() {
        return Err(error::type_error("reversed() takes no keyword arguments"));
    }
    let pos = rest.positional();
    if pos.len() != 1 {
        return Err(error::type_error(format!(
            "reversed expected 1 argument, got {}",
            pos.len()
        )));
    }
    let seq = &pos[0];
    let ty = a_type(seq);
    if let Some(m) = lookup_str(&ty, "__reversed__") {
        if m.is_none() {
            return Err(not_reversible(seq));
        }
        return call::call_special(vm, &m, seq, vec![]);
    }
    let is_sequence = lookup_str(&ty, "__getitem__").is_some() && !is_subtype(&ty, &types().dict);
    if !is_sequence {
        return Err(not_reversible(seq));
    }
    // Immutable builtin sequences are walked backwards natively: a tuple in place, a str or bytes
    // read once into a list.
    let t = types();
    if let Some(x) = tuple::as_tuple(seq).filter(|_| ty.is(&t.tuple)) {
        let n = x.len() as isize;
        return Ok(new_iter_of(
            cls,
            IterState::ListReversed {
                list: seq.clone(),
                index: n - 1,
            },
        ));
    }
    let snapshot: Option<Vec<Value>> = if ty.is(&t.str) {
        pystr::as_str_obj(seq).map(|x| x.code_points().map(pystr::char_value).collect())
    } else if ty.is(&t.bytes) {
        bytes::as_bytes(seq).map(|x| x.iter().map(|&b| int::from_i64(b as i64)).collect())
    } else {
        None
    };
    if let Some(items) = snapshot {
        let n = items.len() as isize;
        return Ok(new_iter_of(
            cls,
            IterState::ListReversed {
                list: list::new_list(items),
                index: n - 1,
            },
        ));
    }
    let n = protocols::len(vm, seq)?;
    Ok(Value::obj(alloc_instance(
        cls,
        NativeObj::new(RevSeq {
            seq: RefCell::new(seq.clone()),
            index: Cell::new(n as isize - 1),
        }),
    )))
}

#[cold]
fn not_reversible(v: &Value) -> error::PyErr {
    error::type_error(format!("'{}' object is not reversible", type_name_of(v)))
}

fn rev_seq(me: &Value) -> Option<&RevSeq> {
    me.as_obj()?.downcast::<NativeObj>()?.get::<RevSeq>()
}

/// Advances `reversed(seq)` over a user sequence: `None` when `me` is not one, `Some(None)` at the end.
pub fn reversed_seq_next(vm: &mut Vm, me: &Value) -> PyResult<Option<Option<Value>>> {
    let Some(r) = rev_seq(me) else {
        return Ok(None);
    };
    let index = r.index.get();
    let seq = r.seq.borrow().clone();
    if index >= 0 && !seq.is_none() {
        let got = protocols::getitem(vm, seq, int::from_i64(index as i64))
            .and_then(|f| call::run_flow(vm, f));
        match got {
            Ok(v) => {
                r.index.set(index - 1);
                return Ok(Some(Some(v)));
            }
            Err(e)
                if exc::matches_type(&e, &types().index_error)
                    || exc::matches_type(&e, &types().stop_iteration) => {}
            Err(e) => return Err(e),
        }
    }
    r.index.set(-1);
    let old = std::mem::replace(&mut *r.seq.borrow_mut(), Value::NONE);
    drop(old);
    Ok(Some(None))
}

/// `__length_hint__` of `reversed(seq)` over a user sequence (`None` when `me` is not one).
pub fn reversed_seq_hint(vm: &mut Vm, me: &Value) -> PyResult<Option<usize>> {
    let Some(r) = rev_seq(me) else {
        return Ok(None);
    };
    let seq = r.seq.borrow().clone();
    if seq.is_none() {
        return Ok(Some(0));
    }
    let size = protocols::len(vm, &seq)? as isize;
    let position = r.index.get() + 1;
    Ok(Some(if size < position {
        0
    } else {
        position.max(0) as usize
    }))
}

/// `__reduce__` of `reversed(seq)` over a user sequence (`None` when `me` is not one).
pub fn reversed_seq_reduce(me: &Value) -> Option<Value> {
    let r = rev_seq(me)?;
    let ty = Value::obj(me.as_obj()?.ty().clone());
    let seq = r.seq.borrow().clone();
    Some(if seq.is_none() {
        tuple::new_tuple(vec![
            ty,
            tuple::new_tuple(vec![tuple::new_tuple(Vec::new())]),
        ])
    } else {
        tuple::new_tuple(vec![
            ty,
            tuple::new_tuple(vec![seq]),
            int::from_i64(r.index.get() as i64),
        ])
    })
}

/// `__setstate__(index)` of `reversed(seq)` over a user sequence: the index clamped into the sequence.
/// `false` when `me` is not one.
pub fn reversed_seq_setstate(vm: &mut Vm, me: &Value, state: &Value) -> PyResult<bool> {
    let Some(r) = rev_seq(me) else {
        return Ok(false);
    };
    let index = protocols::index(vm, state)?;
    let seq = r.seq.borrow().clone();
    if !seq.is_none() {
        let n = protocols::len(vm, &seq)? as i64;
        let i = index.clamp((-1).into(), (n - 1).into());
        r.index.set(i.try_into().unwrap_or(-1));
    }
    Ok(true)
}

/// Registers the constructors.
pub fn register() {
    let t = types();
    statics(&t.enumerate, &[("__new__", enumerate_new)]);
    statics(&t.zip, &[("__new__", zip_new)]);
    statics(&t.map, &[("__new__", map_new)]);
    statics(&t.filter, &[("__new__", filter_new)]);
    statics(&t.reversed, &[("__new__", reversed_new)]);
    crate::objects::register::classmethods(
        &t.enumerate,
        &[(
            "__class_getitem__",
            crate::objects::method_support::class_getitem,
        )],
    );
}
