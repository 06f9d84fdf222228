//! `count`, `cycle` and `repeat`: the infinite iterators.
use super::{
    bind, done, iter_of, new_obj, short_name, ssize, take, this, type_value, visit, Types,
};
use std::cell::{Cell, RefCell};
use weft_vm::compiler::bytecode::BinOp;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::new_cls;
use weft_vm::objects::native::Traverse;
use weft_vm::objects::register::statics;
use weft_vm::objects::typeobj::{self, lookup_str};
use weft_vm::objects::{int, list, tuple};

/// `count(start, step)`: while `fast`, `cnt` is the next value and the step is 1 (CPython's fast
/// mode); from `i64::MAX` on, or for any other numbers, `long_cnt` holds the next value and each step
/// adds `step` with `+`.
struct Count {
    fast: Cell<bool>,
    cnt: Cell<i64>,
    long_cnt: RefCell<Value>,
    step: RefCell<Value>,
}

impl Traverse for Count {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        visit(&self.long_cnt, f);
        visit(&self.step, f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        take(&self.long_cnt, out);
        take(&self.step, out);
    }
}

/// `PyNumber_Check`: ints, floats, complex numbers and anything with `__index__`, `__int__` or
/// `__float__`.
fn is_number(v: &Value) -> bool {
    if v.is_int() || v.is_float() || int::is_int(v) {
        return true;
    }
    let ty = ops::a_type(v);
    ["__index__", "__int__", "__float__"]
        .iter()
        .any(|n| lookup_str(&ty, n).is_some())
        || typeobj::is_subtype(&ty, &weft_vm::objects::types().complex)
}

fn count_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = &super::types().count;
    let cls = new_cls(args, t)?;
    let [start, step] = bind(&args.rest(), "count", ["start", "step"], 0, 2)?;
    if start.as_ref().is_some_and(|v| !is_number(v)) || step.as_ref().is_some_and(|v| !is_number(v))
    {
        return Err(error::type_error("a number is required"));
    }
    let start = start.unwrap_or_else(|| int::from_i64(0));
    let step = step.unwrap_or_else(|| int::from_i64(1));
    let fast_cnt = if int::is_int(&start) && int::is_int(&step) && int::to_i64(&step) == Some(1) {
        int::to_i64(&start).filter(|&c| c != i64::MAX)
    } else {
        None
    };
    let c = Count {
        fast: Cell::new(fast_cnt.is_some()),
        cnt: Cell::new(fast_cnt.unwrap_or(0)),
        long_cnt: RefCell::new(if fast_cnt.is_some() {
            Value::NONE
        } else {
            start
        }),
        step: RefCell::new(step),
    };
    Ok(new_obj(cls, c))
}

fn count_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, c) = this::<Count>(args, "__next__", &super::types().count)?;
    super::no_args(args, "__next__")?;
    if c.fast.get() {
        let n = c.cnt.get();
        if n < i64::MAX {
            c.cnt.set(n + 1);
            return Ok(int::from_i64(n));
        }
        c.fast.set(false);
        *c.long_cnt.borrow_mut() = int::from_i64(n);
    }
    let cur = c.long_cnt.borrow().clone();
    let step = c.step.borrow().clone();
    let flow = ops::binary(vm, BinOp::Add, cur.clone(), step)?;
    let next = call::run_flow(vm, flow)?;
    let old = std::mem::replace(&mut *c.long_cnt.borrow_mut(), next);
    drop(old);
    Ok(cur)
}

fn count_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, c) = this::<Count>(args, "__repr__", &super::types().count)?;
    super::no_args(args, "__repr__")?;
    let name = short_name(me);
    if c.fast.get() {
        return Ok(weft_vm::objects::str::new_string(format!(
            "{name}({})",
            c.cnt.get()
        )));
    }
    let cnt = c.long_cnt.borrow().clone();
    let step = c.step.borrow().clone();
    let cnt_r = protocols::repr_string(vm, &cnt)?;
    if int::is_int(&step) && int::to_i64(&step) == Some(1) {
        return Ok(weft_vm::objects::str::new_string(format!(
            "{name}({cnt_r})"
        )));
    }
    let step_r = protocols::repr_string(vm, &step)?;
    Ok(weft_vm::objects::str::new_string(format!(
        "{name}({cnt_r}, {step_r})"
    )))
}

fn count_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, c) = this::<Count>(args, "__reduce__", &super::types().count)?;
    super::arity(args, &super::types().count, "__reduce__", 0)?;
    let a = if c.fast.get() {
        vec![int::from_i64(c.cnt.get())]
    } else {
        vec![c.long_cnt.borrow().clone(), c.step.borrow().clone()]
    };
    Ok(tuple::new_tuple(vec![type_value(me), tuple::new_tuple(a)]))
}

/// `cycle(iterable)`: `saved` collects the first pass; once `it` is exhausted, `index` walks `saved`.
/// `firstpass` (as CPython names it) means `saved` is already complete, so items from `it` are not
/// saved again (set by `__setstate__` from a reduced cycle).
struct Cycle {
    it: RefCell<Value>,
    saved: RefCell<Value>,
    index: Cell<usize>,
    firstpass: Cell<bool>,
}

impl Traverse for Cycle {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        visit(&self.it, f);
        visit(&self.saved, f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        take(&self.it, out);
        take(&self.saved, out);
    }
}

fn cycle_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = &super::types().cycle;
    let cls = new_cls(args, t)?;
    let rest = args.rest();
    if super::refuses_kwargs(cls, t) {
        rest.no_kwargs("cycle")?;
    }
    let a = super::positional(&rest, "cycle", 1, 1)?;
    let it = iter_of(vm, &a[0])?;
    Ok(new_obj(
        cls,
        Cycle {
            it: RefCell::new(it),
            saved: RefCell::new(list::new_list(Vec::new())),
            index: Cell::new(0),
            firstpass: Cell::new(false),
        },
    ))
}

fn cycle_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, c) = this::<Cycle>(args, "__next__", &super::types().cycle)?;
    super::no_args(args, "__next__")?;
    let it = c.it.borrow().clone();
    if !it.is_null() {
        if let Some(item) = super::next(vm, &it)? {
            if !c.firstpass.get() {
                let saved = c.saved.borrow().clone();
                if let Some(l) = list::as_list(&saved) {
                    l.items.borrow_mut().push(item.clone());
                }
            }
            return Ok(item);
        }
        let old = std::mem::replace(&mut *c.it.borrow_mut(), Value::NULL);
        drop(old);
    }
    let saved = c.saved.borrow().clone();
    let Some(l) = list::as_list(&saved) else {
        return done(None);
    };
    let item = {
        let items = l.items.borrow();
        if items.is_empty() {
            None
        } else {
            let i = c.index.get().min(items.len() - 1);
            c.index.set(if i + 1 >= items.len() { 0 } else { i + 1 });
            Some(items[i].clone())
        }
    };
    done(item)
}

fn cycle_reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, c) = this::<Cycle>(args, "__reduce__", &super::types().cycle)?;
    super::arity(args, &super::types().cycle, "__reduce__", 0)?;
    let saved = c.saved.borrow().clone();
    let it = c.it.borrow().clone();
    if it.is_null() {
        let it = iter_of(vm, &saved)?;
        if c.index.get() != 0 {
            let m = weft_vm::interp::attr::getattr(vm, &it, "__setstate__")?;
            call::call_value(vm, &m, vec![int::from_i64(c.index.get() as i64)])?;
        }
        return Ok(tuple::new_tuple(vec![
            type_value(me),
            tuple::new_tuple(vec![it]),
            tuple::new_tuple(vec![saved, Value::bool(true)]),
        ]));
    }
    Ok(tuple::new_tuple(vec![
        type_value(me),
        tuple::new_tuple(vec![it]),
        tuple::new_tuple(vec![saved, Value::bool(c.firstpass.get())]),
    ]))
}

fn cycle_setstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, c) = this::<Cycle>(args, "__setstate__", &super::types().cycle)?;
    let state = &super::arity(args, &super::types().cycle, "__setstate__", 1)?[0];
    let items = super::state_items(state, 2, 2)?;
    if list::as_list(&items[0]).is_none() {
        return Err(error::type_error(format!(
            "argument 1 must be list, not {}",
            ops::type_name_of(&items[0])
        )));
    }
    let firstpass = super::int_arg(vm, &items[1])?;
    let old = std::mem::replace(&mut *c.saved.borrow_mut(), items[0].clone());
    drop(old);
    c.firstpass.set(firstpass != 0);
    c.index.set(0);
    Ok(Value::NONE)
}

/// `repeat(object, times)`: `cnt` is the number of items left, or -1 for ever.
struct Repeat {
    element: RefCell<Value>,
    cnt: Cell<i64>,
}

impl Traverse for Repeat {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        visit(&self.element, f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        take(&self.element, out);
    }
}

fn repeat_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().repeat)?;
    let [element, times] = bind(&args.rest(), "repeat", ["object", "times"], 1, 2)?;
    let element = element.unwrap_or(Value::NONE);
    let cnt = match times {
        // Given, a negative count means no items (CPython clamps only when `times` is passed).
        Some(t) => ssize(vm, &t)?.max(0),
        None => -1,
    };
    Ok(new_obj(
        cls,
        Repeat {
            element: RefCell::new(element),
            cnt: Cell::new(cnt),
        },
    ))
}

fn repeat_next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = this::<Repeat>(args, "__next__", &super::types().repeat)?;
    super::no_args(args, "__next__")?;
    match r.cnt.get() {
        0 => done(None),
        n => {
            if n > 0 {
                r.cnt.set(n - 1);
            }
            Ok(r.element.borrow().clone())
        }
    }
}

fn repeat_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, r) = this::<Repeat>(args, "__repr__", &super::types().repeat)?;
    super::no_args(args, "__repr__")?;
    let element = r.element.borrow().clone();
    let er = protocols::repr_string(vm, &element)?;
    let name = short_name(me);
    Ok(weft_vm::objects::str::new_string(match r.cnt.get() {
        -1 => format!("{name}({er})"),
        n => format!("{name}({er}, {n})"),
    }))
}

fn repeat_length_hint(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = this::<Repeat>(args, "__length_hint__", &super::types().repeat)?;
    super::arity(args, &super::types().repeat, "__length_hint__", 0)?;
    match r.cnt.get() {
        -1 => Err(error::type_error("len() of unsized object")),
        n => Ok(int::from_i64(n)),
    }
}

fn repeat_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, r) = this::<Repeat>(args, "__reduce__", &super::types().repeat)?;
    super::arity(args, &super::types().repeat, "__reduce__", 0)?;
    let mut a = vec![r.element.borrow().clone()];
    if r.cnt.get() >= 0 {
        a.push(int::from_i64(r.cnt.get()));
    }
    Ok(tuple::new_tuple(vec![type_value(me), tuple::new_tuple(a)]))
}

pub(super) fn register(t: &Types) {
    statics(&t.count, &[("__new__", count_new)]);
    super::iterator_methods(
        &t.count,
        count_next,
        &[("__repr__", count_repr), ("__reduce__", count_reduce)],
    );
    statics(&t.cycle, &[("__new__", cycle_new)]);
    super::iterator_methods(
        &t.cycle,
        cycle_next,
        &[
            ("__reduce__", cycle_reduce),
            ("__setstate__", cycle_setstate),
        ],
    );
    statics(&t.repeat, &[("__new__", repeat_new)]);
    super::iterator_methods(
        &t.repeat,
        repeat_next,
        &[
            ("__repr__", repeat_repr),
            ("__length_hint__", repeat_length_hint),
            ("__reduce__", repeat_reduce),
        ],
    );
}
