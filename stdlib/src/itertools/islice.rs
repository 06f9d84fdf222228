//! `islice(iterable, stop)` / `islice(iterable, start, stop[, step])`.
use super::{done, iter_of, new_obj, take, this, type_value, visit, Types};
use std::cell::{Cell, RefCell};
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::new_cls;
use weft_vm::objects::native::Traverse;
use weft_vm::objects::register::statics;
use weft_vm::objects::{int, list, tuple};

/// `next` is the index of the next item to produce, `cnt` how many were read, `stop` -1 for none;
/// `it` is `NULL` once done.
struct Islice {
    it: RefCell<Value>,
    next: Cell<i64>,
    stop: Cell<i64>,
    step: Cell<i64>,
    cnt: Cell<i64>,
}

impl Traverse for Islice {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        visit(&self.it, f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        take(&self.it, out);
    }
}

const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDICES_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const STEP_MSG: &str = "Step for islice() must be a positive integer or None.";

/// `PyNumber_AsSsize_t(v, OverflowError)` with any error read as -1, as islice does.
fn ssize_or_minus_one(vm: &mut Vm, v: &Value) -> i64 {
    match protocols::index(vm, v) {
        Ok(b) => num_traits::ToPrimitive::to_i64(&b).unwrap_or(-1),
        Err(_) => -1,
    }
}

fn islice_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = &super::types().islice;
    let cls = new_cls(args, t)?;
    let rest = args.rest();
    if super::refuses_kwargs(cls, t) {
        rest.no_kwargs("islice")?;
    }
    let a = super::positional(&rest, "islice", 2, 4)?;
    let (mut start, mut stop, mut step) = (0, -1, 1);
    let stop_arg = if a.len() == 2 { &a[1] } else { &a[2] };
    if a.len() > 2 && !a[1].is_none() {
        start = ssize_or_minus_one(vm, &a[1]);
    }
    if !stop_arg.is_none() {
        stop = ssize_or_minus_one(vm, stop_arg);
        if stop == -1 {
            return Err(error::value_error(STOP_MSG));
        }
    }
    if start < 0 || stop < -1 {
        return Err(error::value_error(INDICES_MSG));
    }
    if let Some(s) = a.get(3) {
        if !s.is_none() {
            step = ssize_or_minus_one(vm, s);
        }
    }
    if step < 1 {
        return Err(error::value_error(STEP_MSG));
    }
    let it = iter_of(vm, &a[0])?;
    Ok(new_obj(
        cls,
        Islice {
            it: RefCell::new(it),
            next: Cell::new(start),
            stop: Cell::new(stop),
            step: Cell::new(step),
            cnt: Cell::new(0),
        },
    ))
}

fn islice_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this::<Islice>(args, "__next__", &super::types().islice)?;
    super::no_args(args, "__next__")?;
    let it = s.it.borrow().clone();
    if it.is_null() {
        return done(None);
    }
    let r = advance(vm, s, &it);
    if !matches!(r, Ok(Some(_))) {
        let old = std::mem::replace(&mut *s.it.borrow_mut(), Value::NULL);
        drop(old);
    }
    done(r?)
}

fn advance(vm: &mut Vm, s: &Islice, it: &Value) -> PyResult<Option<Value>> {
    let stop = s.stop.get();
    while s.cnt.get() < s.next.get() {
        if super::next(vm, it)?.is_none() {
            return Ok(None);
        }
        s.cnt.set(s.cnt.get() + 1);
    }
    if stop != -1 && s.cnt.get() >= stop {
        return Ok(None);
    }
    let Some(item) = super::next(vm, it)? else {
        return Ok(None);
    };
    s.cnt.set(s.cnt.get() + 1);
    let next = s.next.get().checked_add(s.step.get());
    s.next.set(match next {
        Some(n) if stop == -1 || n <= stop => n,
        _ => stop,
    });
    Ok(Some(item))
}

fn islice_reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, s) = this::<Islice>(args, "__reduce__", &super::types().islice)?;
    super::arity(args, &super::types().islice, "__reduce__", 0)?;
    let it = s.it.borrow().clone();
    if it.is_null() {
        let empty = iter_of(vm, &list::new_list(Vec::new()))?;
        return Ok(tuple::new_tuple(vec![
            type_value(me),
            tuple::new_tuple(vec![empty, int::from_i64(0)]),
            int::from_i64(0),
        ]));
    }
    let stop = match s.stop.get() {
        -1 => Value::NONE,
        n => int::from_i64(n),
    };
    Ok(tuple::new_tuple(vec![
        type_value(me),
        tuple::new_tuple(vec![
            it,
            int::from_i64(s.next.get()),
            stop,
            int::from_i64(s.step.get()),
        ]),
        int::from_i64(s.cnt.get()),
    ]))
}

fn islice_setstate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this::<Islice>(args, "__setstate__", &super::types().islice)?;
    let state = &super::arity(args, &super::types().islice, "__setstate__", 1)?[0];
    s.cnt.set(super::state_ssize(state)?);
    Ok(Value::NONE)
}

pub(super) fn register(t: &Types) {
    statics(&t.islice, &[("__new__", islice_new)]);
    super::iterator_methods(
        &t.islice,
        islice_next,
        &[
            ("__reduce__", islice_reduce),
            ("__setstate__", islice_setstate),
        ],
    );
}
