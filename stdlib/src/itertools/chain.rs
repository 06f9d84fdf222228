//! `chain(*iterables)`, `chain.from_iterable(iterable)` and `pairwise(iterable)`.
use super::{done, iter_of, new_obj, take, this, type_value, visit, Types};
use std::cell::RefCell;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{exc, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::new_cls;
use weft_vm::objects::native::Traverse;
use weft_vm::objects::register::{classmethods, statics};
use weft_vm::objects::typeobj;
use weft_vm::objects::{tuple, types};

/// `source` yields the iterables (`NULL` once exhausted); `active` is the current one's iterator.
struct Chain {
    source: RefCell<Value>,
    active: RefCell<Value>,
}

impl Traverse for Chain {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        visit(&self.source, f);
        visit(&self.active, f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        take(&self.source, out);
        take(&self.active, out);
    }
}

fn chain_of(cls: &weft_vm::heap::ObjRef, source: Value) -> Value {
    new_obj(
        cls,
        Chain {
            source: RefCell::new(source),
            active: RefCell::new(Value::NULL),
        },
    )
}

fn chain_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = &super::types().chain;
    let cls = new_cls(args, t)?;
    let rest = args.rest();
    if super::refuses_kwargs(cls, t) {
        rest.no_kwargs("chain")?;
    }
    let source = iter_of(vm, &tuple::new_tuple(rest.positional().to_vec()))?;
    Ok(chain_of(cls, source))
}

fn from_iterable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().chain)?;
    let a = args.rest().exact("chain.from_iterable", 1)?;
    let source = iter_of(vm, &a[0])?;
    Ok(chain_of(cls, source))
}

fn set(c: &RefCell<Value>, v: Value) {
    let old = std::mem::replace(&mut *c.borrow_mut(), v);
    drop(old);
}

fn chain_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, c) = this::<Chain>(args, "__next__", &super::types().chain)?;
    super::no_args(args, "__next__")?;
    loop {
        let source = c.source.borrow().clone();
        if source.is_null() {
            return done(None);
        }
        let mut active = c.active.borrow().clone();
        if active.is_null() {
            let iterable = match super::next(vm, &source) {
                Ok(Some(v)) => v,
                Ok(None) => {
                    set(&c.source, Value::NULL);
                    return done(None);
                }
                Err(e) => {
                    set(&c.source, Value::NULL);
                    return Err(e);
                }
            };
            active = match iter_of(vm, &iterable) {
                Ok(a) => a,
                Err(e) => {
                    set(&c.source, Value::NULL);
                    return Err(e);
                }
            };
            set(&c.active, active.clone());
        }
        match super::next(vm, &active) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            Err(e) if exc::matches_type(&e, &types().stop_iteration) => {}
            Err(e) => return Err(e),
        }
        // Only forget the iterator that just ended (a re-entrant call may have moved on).
        if c.active.borrow().bits() == active.bits() {
            set(&c.active, Value::NULL);
        }
    }
}

fn chain_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, c) = this::<Chain>(args, "__reduce__", &super::types().chain)?;
    super::arity(args, &super::types().chain, "__reduce__", 0)?;
    let source = c.source.borrow().clone();
    let active = c.active.borrow().clone();
    let mut r = vec![type_value(me), tuple::new_tuple(Vec::new())];
    if !source.is_null() {
        let mut state = vec![source];
        if !active.is_null() {
            state.push(active);
        }
        r.push(tuple::new_tuple(state));
    }
    Ok(tuple::new_tuple(r))
}

/// `PyIter_Check`: the type has a `__next__`.
fn is_iterator(v: &Value) -> bool {
    typeobj::lookup_str(&weft_vm::interp::ops::a_type(v), "__next__").is_some()
}

fn chain_setstate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, c) = this::<Chain>(args, "__setstate__", &super::types().chain)?;
    let state = &super::arity(args, &super::types().chain, "__setstate__", 1)?[0];
    let items = super::state_items(state, 1, 2)?;
    if !is_iterator(&items[0]) || items.get(1).is_some_and(|a| !is_iterator(a)) {
        return Err(error::type_error("Arguments must be iterators."));
    }
    set(&c.source, items[0].clone());
    set(&c.active, items.get(1).cloned().unwrap_or(Value::NULL));
    Ok(Value::NONE)
}

/// `pairwise(iterable)`: `old` is the previous item (`NULL` before the first); `it` is `NULL` once done.
struct Pairwise {
    it: RefCell<Value>,
    old: RefCell<Value>,
}

impl Traverse for Pairwise {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        visit(&self.it, f);
        visit(&self.old, f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        take(&self.it, out);
        take(&self.old, out);
    }
}

fn pairwise_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = &super::types().pairwise;
    let cls = new_cls(args, t)?;
    let rest = args.rest();
    if super::refuses_kwargs(cls, t) {
        rest.no_kwargs("pairwise")?;
    }
    let a = super::positional(&rest, "pairwise", 1, 1)?;
    let it = iter_of(vm, &a[0])?;
    Ok(new_obj(
        cls,
        Pairwise {
            it: RefCell::new(it),
            old: RefCell::new(Value::NULL),
        },
    ))
}

fn pairwise_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = this::<Pairwise>(args, "__next__", &super::types().pairwise)?;
    super::no_args(args, "__next__")?;
    let it = p.it.borrow().clone();
    if it.is_null() {
        return done(None);
    }
    let mut old = p.old.borrow().clone();
    if old.is_null() {
        match protocols::next_value(vm, &it) {
            Ok(Some(v)) => {
                old = v;
                set(&p.old, old.clone());
            }
            r => {
                set(&p.it, Value::NULL);
                return done(r?);
            }
        }
    }
    match protocols::next_value(vm, &it) {
        Ok(Some(new)) => {
            set(&p.old, new.clone());
            Ok(tuple::new_tuple(vec![old, new]))
        }
        r => {
            set(&p.it, Value::NULL);
            set(&p.old, Value::NULL);
            done(r?)
        }
    }
}

pub(super) fn register(t: &Types) {
    statics(&t.chain, &[("__new__", chain_new)]);
    classmethods(&t.chain, &[("from_iterable", from_iterable)]);
    super::iterator_methods(
        &t.chain,
        chain_next,
        &[
            ("__reduce__", chain_reduce),
            ("__setstate__", chain_setstate),
        ],
    );
    statics(&t.pairwise, &[("__new__", pairwise_new)]);
    super::iterator_methods(&t.pairwise, pairwise_next, &[]);
}
