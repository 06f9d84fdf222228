//! The iterators that pass items through a function or a selector: `compress`, `dropwhile`,
//! `takewhile`, `filterfalse` and `starmap`.
use super::{bind, done, iter_of, new_obj, take, this, type_value, visit, Types};
use std::cell::{Cell, RefCell};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{call, ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::new_cls;
use weft_vm::objects::native::Traverse;
use weft_vm::objects::register::statics;
use weft_vm::objects::{int, tuple};

/// The state all five share: a function (or the selectors' iterator, for `compress`), the source
/// iterator, and a flag (`dropwhile`: dropping is over; `takewhile`: taking is over).
struct Filter {
    func: RefCell<Value>,
    it: RefCell<Value>,
    flag: Cell<bool>,
}

impl Traverse for Filter {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        visit(&self.func, f);
        visit(&self.it, f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        take(&self.func, out);
        take(&self.it, out);
    }
}

impl Filter {
    fn parts(&self) -> (Value, Value) {
        (self.func.borrow().clone(), self.it.borrow().clone())
    }
}

fn new_filter(cls: &ObjRef, func: Value, it: Value) -> Value {
    new_obj(
        cls,
        Filter {
            func: RefCell::new(func),
            it: RefCell::new(it),
            flag: Cell::new(false),
        },
    )
}

/// `name(func, iterable)`, positional only.
fn func_and_iter(vm: &mut Vm, args: &Args, t: &ObjRef, name: &str) -> PyResult<Value> {
    let cls = new_cls(args, t)?;
    let rest = args.rest();
    if super::refuses_kwargs(cls, t) {
        rest.no_kwargs(name)?;
    }
    let a = super::positional(&rest, name, 2, 2)?;
    let it = iter_of(vm, &a[1])?;
    Ok(new_filter(cls, a[0].clone(), it))
}

fn call_truth(vm: &mut Vm, func: &Value, item: &Value) -> PyResult<bool> {
    let r = call::call_value(vm, func, vec![item.clone()])?;
    ops::truthy(vm, &r)
}

fn compress_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().compress)?;
    let [data, selectors] = bind(&args.rest(), "compress", ["data", "selectors"], 2, 2)?;
    let data = iter_of(vm, &data.unwrap_or(Value::NONE))?;
    let selectors = iter_of(vm, &selectors.unwrap_or(Value::NONE))?;
    Ok(new_filter(cls, selectors, data))
}

fn compress_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, c) = this::<Filter>(args, "__next__", &super::types().compress)?;
    super::no_args(args, "__next__")?;
    let (selectors, data) = c.parts();
    loop {
        let Some(datum) = super::next(vm, &data)? else {
            return done(None);
        };
        let Some(selector) = super::next(vm, &selectors)? else {
            return done(None);
        };
        if ops::truthy(vm, &selector)? {
            return Ok(datum);
        }
    }
}

fn compress_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, c) = this::<Filter>(args, "__reduce__", &super::types().compress)?;
    super::arity(args, &super::types().compress, "__reduce__", 0)?;
    let (selectors, data) = c.parts();
    Ok(tuple::new_tuple(vec![
        type_value(me),
        tuple::new_tuple(vec![data, selectors]),
    ]))
}

fn dropwhile_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    func_and_iter(vm, args, &super::types().dropwhile, "dropwhile")
}

fn dropwhile_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this::<Filter>(args, "__next__", &super::types().dropwhile)?;
    super::no_args(args, "__next__")?;
    let (func, it) = d.parts();
    loop {
        let Some(item) = super::next(vm, &it)? else {
            return done(None);
        };
        if d.flag.get() {
            return Ok(item);
        }
        if !call_truth(vm, &func, &item)? {
            d.flag.set(true);
            return Ok(item);
        }
    }
}

fn takewhile_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    func_and_iter(vm, args, &super::types().takewhile, "takewhile")
}

fn takewhile_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, t) = this::<Filter>(args, "__next__", &super::types().takewhile)?;
    super::no_args(args, "__next__")?;
    if t.flag.get() {
        return done(None);
    }
    let (func, it) = t.parts();
    let Some(item) = super::next(vm, &it)? else {
        return done(None);
    };
    if call_truth(vm, &func, &item)? {
        return Ok(item);
    }
    t.flag.set(true);
    done(None)
}

/// `__reduce__` of `dropwhile`/`takewhile`: the flag travels as the state.
fn while_reduce(args: &Args, ty: &ObjRef) -> PyResult<Value> {
    let (me, w) = this::<Filter>(args, "__reduce__", ty)?;
    super::arity(args, ty, "__reduce__", 0)?;
    let (func, it) = w.parts();
    Ok(tuple::new_tuple(vec![
        type_value(me),
        tuple::new_tuple(vec![func, it]),
        int::from_i64(w.flag.get() as i64),
    ]))
}

fn while_setstate(vm: &mut Vm, args: &Args, ty: &ObjRef) -> PyResult<Value> {
    let (_, w) = this::<Filter>(args, "__setstate__", ty)?;
    let state = &super::arity(args, ty, "__setstate__", 1)?[0];
    let on = ops::truthy(vm, state)?;
    w.flag.set(on);
    Ok(Value::NONE)
}

fn dropwhile_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    while_reduce(args, &super::types().dropwhile)
}

fn dropwhile_setstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    while_setstate(vm, args, &super::types().dropwhile)
}

fn takewhile_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    while_reduce(args, &super::types().takewhile)
}

fn takewhile_setstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    while_setstate(vm, args, &super::types().takewhile)
}

fn filterfalse_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    func_and_iter(vm, args, &super::types().filterfalse, "filterfalse")
}

fn filterfalse_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this::<Filter>(args, "__next__", &super::types().filterfalse)?;
    super::no_args(args, "__next__")?;
    let (func, it) = f.parts();
    loop {
        let Some(item) = super::next(vm, &it)? else {
            return done(None);
        };
        let keep = if func.is_none() {
            ops::truthy(vm, &item)?
        } else {
            call_truth(vm, &func, &item)?
        };
        if !keep {
            return Ok(item);
        }
    }
}

/// `__reduce__` of `filterfalse` and `starmap`: `(type, (func, it))`.
fn plain_reduce(args: &Args, ty: &ObjRef) -> PyResult<Value> {
    let (me, f) = this::<Filter>(args, "__reduce__", ty)?;
    super::arity(args, ty, "__reduce__", 0)?;
    let (func, it) = f.parts();
    Ok(tuple::new_tuple(vec![
        type_value(me),
        tuple::new_tuple(vec![func, it]),
    ]))
}

fn filterfalse_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    plain_reduce(args, &super::types().filterfalse)
}

fn starmap_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    func_and_iter(vm, args, &super::types().starmap, "starmap")
}

fn starmap_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this::<Filter>(args, "__next__", &super::types().starmap)?;
    super::no_args(args, "__next__")?;
    let (func, it) = s.parts();
    let Some(item) = super::next(vm, &it)? else {
        return done(None);
    };
    let a = super::to_tuple(vm, &item)?;
    call::call_value(vm, &func, a)
}

fn starmap_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    plain_reduce(args, &super::types().starmap)
}

pub(super) fn register(t: &Types) {
    statics(&t.compress, &[("__new__", compress_new)]);
    super::iterator_methods(
        &t.compress,
        compress_next,
        &[("__reduce__", compress_reduce)],
    );
    statics(&t.dropwhile, &[("__new__", dropwhile_new)]);
    super::iterator_methods(
        &t.dropwhile,
        dropwhile_next,
        &[
            ("__reduce__", dropwhile_reduce),
            ("__setstate__", dropwhile_setstate),
        ],
    );
    statics(&t.takewhile, &[("__new__", takewhile_new)]);
    super::iterator_methods(
        &t.takewhile,
        takewhile_next,
        &[
            ("__reduce__", takewhile_reduce),
            ("__setstate__", takewhile_setstate),
        ],
    );
    statics(&t.filterfalse, &[("__new__", filterfalse_new)]);
    super::iterator_methods(
        &t.filterfalse,
        filterfalse_next,
        &[("__reduce__", filterfalse_reduce)],
    );
    statics(&t.starmap, &[("__new__", starmap_new)]);
    super::iterator_methods(&t.starmap, starmap_next, &[("__reduce__", starmap_reduce)]);
}
