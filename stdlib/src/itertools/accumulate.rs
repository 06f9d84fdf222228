//! `accumulate(iterable, func=None, *, initial=None)`: running totals.
use super::{bind, done, iter_of, new_obj, take, this, type_value, visit, Types};
use std::cell::RefCell;
use weft_vm::compiler::bytecode::BinOp;
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{call, ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::new_cls;
use weft_vm::objects::native::Traverse;
use weft_vm::objects::register::statics;
use weft_vm::objects::{int, tuple};

/// `total` is `NULL` before the first item; `initial` is `None` once it has been produced.
struct Accumulate {
    it: RefCell<Value>,
    func: RefCell<Value>,
    total: RefCell<Value>,
    initial: RefCell<Value>,
}

impl Traverse for Accumulate {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        for c in [&self.it, &self.func, &self.total, &self.initial] {
            visit(c, f);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        for c in [&self.it, &self.func, &self.total, &self.initial] {
            take(c, out);
        }
    }
}

fn accumulate_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().accumulate)?;
    let [iterable, func, initial] = bind(
        &args.rest(),
        "accumulate",
        ["iterable", "func", "initial"],
        1,
        2,
    )?;
    let it = iter_of(vm, &iterable.unwrap_or(Value::NONE))?;
    Ok(new_obj(
        cls,
        Accumulate {
            it: RefCell::new(it),
            func: RefCell::new(func.unwrap_or(Value::NONE)),
            total: RefCell::new(Value::NULL),
            initial: RefCell::new(initial.unwrap_or(Value::NONE)),
        },
    ))
}

fn accumulate_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this::<Accumulate>(args, "__next__", &super::types().accumulate)?;
    super::no_args(args, "__next__")?;
    let initial = a.initial.borrow().clone();
    if !initial.is_none() && !initial.is_null() {
        *a.initial.borrow_mut() = Value::NONE;
        let old = std::mem::replace(&mut *a.total.borrow_mut(), initial.clone());
        drop(old);
        return Ok(initial);
    }
    let it = a.it.borrow().clone();
    if it.is_null() {
        return done(None);
    }
    let Some(v) = super::next(vm, &it)? else {
        return done(None);
    };
    let total = a.total.borrow().clone();
    let new = if total.is_null() {
        v
    } else {
        let func = a.func.borrow().clone();
        if func.is_none() || func.is_null() {
            let flow = ops::binary(vm, BinOp::Add, total, v)?;
            call::run_flow(vm, flow)?
        } else {
            call::call_value(vm, &func, vec![total, v])?
        }
    };
    let old = std::mem::replace(&mut *a.total.borrow_mut(), new.clone());
    drop(old);
    Ok(new)
}

fn accumulate_reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = super::types();
    let (me, a) = this::<Accumulate>(args, "__reduce__", &t.accumulate)?;
    super::arity(args, &t.accumulate, "__reduce__", 0)?;
    let it = a.it.borrow().clone();
    let func = a.func.borrow().clone();
    let func = if func.is_null() { Value::NONE } else { func };
    let initial = a.initial.borrow().clone();
    let total = a.total.borrow().clone();
    let chain = Value::obj(t.chain.clone());
    if !initial.is_none() && !initial.is_null() {
        // The initial value not produced yet goes in front of the iterator.
        let it = call::call_value(vm, &chain, vec![tuple::new_tuple(vec![initial]), it])?;
        return Ok(tuple::new_tuple(vec![
            type_value(me),
            tuple::new_tuple(vec![it, func]),
            Value::NONE,
        ]));
    }
    if total.is_none() {
        // A running total of None cannot be told from "not started": rebuild as an accumulate over
        // `chain((None,), it)` that skips its first item.
        let it = call::call_value(vm, &chain, vec![tuple::new_tuple(vec![total]), it])?;
        let acc = call::call_value(vm, &type_value(me), vec![it, func])?;
        return Ok(tuple::new_tuple(vec![
            Value::obj(t.islice.clone()),
            tuple::new_tuple(vec![acc, int::from_i64(1), Value::NONE]),
        ]));
    }
    Ok(tuple::new_tuple(vec![
        type_value(me),
        tuple::new_tuple(vec![it, func]),
        if total.is_null() { Value::NONE } else { total },
    ]))
}

fn accumulate_setstate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this::<Accumulate>(args, "__setstate__", &super::types().accumulate)?;
    let state = super::arity(args, &super::types().accumulate, "__setstate__", 1)?[0].clone();
    let old = std::mem::replace(&mut *a.total.borrow_mut(), state);
    drop(old);
    Ok(Value::NONE)
}

pub(super) fn register(t: &Types) {
    statics(&t.accumulate, &[("__new__", accumulate_new)]);
    super::iterator_methods(
        &t.accumulate,
        accumulate_next,
        &[
            ("__reduce__", accumulate_reduce),
            ("__setstate__", accumulate_setstate),
        ],
    );
}
