//! `groupby(iterable, key=None)` and its `_grouper` sub-iterators. A grouper shares its parent's
//! state and stays valid only while it is the parent's current group (`currgrouper`, compared by
//! address as CPython compares its borrowed pointer): advancing the parent ends the old group.
use super::{bind, done, iter_of, new_obj, take, this, type_value, visit, Types};
use std::cell::{Cell, RefCell};
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::new_cls;
use weft_vm::objects::native::Traverse;
use weft_vm::objects::register::statics;
use weft_vm::objects::tuple;

/// `tgtkey`, `currkey` and `currvalue` are `NULL` until set.
struct GroupBy {
    it: RefCell<Value>,
    keyfunc: RefCell<Value>,
    tgtkey: RefCell<Value>,
    currkey: RefCell<Value>,
    currvalue: RefCell<Value>,
    currgrouper: Cell<usize>,
}

impl GroupBy {
    fn cells(&self) -> [&RefCell<Value>; 5] {
        [
            &self.it,
            &self.keyfunc,
            &self.tgtkey,
            &self.currkey,
            &self.currvalue,
        ]
    }

    /// Reads the next item and its key into `currvalue`/`currkey`; `false` at the end.
    fn step(&self, vm: &mut Vm) -> PyResult<bool> {
        let it = self.it.borrow().clone();
        let Some(value) = super::next(vm, &it)? else {
            return Ok(false);
        };
        let keyfunc = self.keyfunc.borrow().clone();
        let key = if keyfunc.is_none() {
            value.clone()
        } else {
            call::call_value(vm, &keyfunc, vec![value.clone()])?
        };
        let old_v = std::mem::replace(&mut *self.currvalue.borrow_mut(), value);
        let old_k = std::mem::replace(&mut *self.currkey.borrow_mut(), key);
        drop((old_v, old_k));
        Ok(true)
    }
}

impl Traverse for GroupBy {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        for c in self.cells() {
            visit(c, f);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        for c in self.cells() {
            take(c, out);
        }
    }
}

struct Grouper {
    parent: RefCell<Value>,
    tgtkey: RefCell<Value>,
}

impl Traverse for Grouper {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        visit(&self.parent, f);
        visit(&self.tgtkey, f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        take(&self.parent, out);
        take(&self.tgtkey, out);
    }
}

fn groupby_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().groupby)?;
    let [iterable, key] = bind(&args.rest(), "groupby", ["iterable", "key"], 1, 2)?;
    let it = iter_of(vm, &iterable.unwrap_or(Value::NONE))?;
    Ok(new_obj(
        cls,
        GroupBy {
            it: RefCell::new(it),
            keyfunc: RefCell::new(key.unwrap_or(Value::NONE)),
            tgtkey: RefCell::new(Value::NULL),
            currkey: RefCell::new(Value::NULL),
            currvalue: RefCell::new(Value::NULL),
            currgrouper: Cell::new(0),
        },
    ))
}

/// A grouper of `parent` for `tgtkey`, made its current group.
fn new_grouper(parent: &Value, g: &GroupBy, tgtkey: Value) -> Value {
    let r = new_obj(
        &super::types().grouper,
        Grouper {
            parent: RefCell::new(parent.clone()),
            tgtkey: RefCell::new(tgtkey),
        },
    );
    g.currgrouper.set(r.as_obj().map(|o| o.addr()).unwrap_or(0));
    r
}

fn groupby_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, g) = this::<GroupBy>(args, "__next__", &super::types().groupby)?;
    super::no_args(args, "__next__")?;
    g.currgrouper.set(0);
    // Skip to the next group.
    loop {
        let currkey = g.currkey.borrow().clone();
        if !currkey.is_null() {
            let tgtkey = g.tgtkey.borrow().clone();
            if tgtkey.is_null() || !ops::eq_bool(vm, &tgtkey, &currkey)? {
                break;
            }
        }
        if !g.step(vm)? {
            return done(None);
        }
    }
    let currkey = g.currkey.borrow().clone();
    let old = std::mem::replace(&mut *g.tgtkey.borrow_mut(), currkey.clone());
    drop(old);
    let grouper = new_grouper(me, g, currkey.clone());
    Ok(tuple::new_tuple(vec![currkey, grouper]))
}

fn groupby_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, g) = this::<GroupBy>(args, "__reduce__", &super::types().groupby)?;
    super::arity(args, &super::types().groupby, "__reduce__", 0)?;
    let [it, keyfunc, tgtkey, currkey, currvalue] = g.cells().map(|c| c.borrow().clone());
    let mut r = vec![type_value(me), tuple::new_tuple(vec![it, keyfunc])];
    if !tgtkey.is_null() && !currkey.is_null() && !currvalue.is_null() {
        r.push(tuple::new_tuple(vec![currkey, currvalue, tgtkey]));
    }
    Ok(tuple::new_tuple(r))
}

fn groupby_setstate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, g) = this::<GroupBy>(args, "__setstate__", &super::types().groupby)?;
    let state = &super::arity(args, &super::types().groupby, "__setstate__", 1)?[0];
    let items = super::state_items(state, 3, 3)?;
    let olds = [
        std::mem::replace(&mut *g.currkey.borrow_mut(), items[0].clone()),
        std::mem::replace(&mut *g.currvalue.borrow_mut(), items[1].clone()),
        std::mem::replace(&mut *g.tgtkey.borrow_mut(), items[2].clone()),
    ];
    drop(olds);
    Ok(Value::NONE)
}

fn grouper_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = super::types();
    new_cls(args, &t.grouper)?;
    let rest = args.rest();
    rest.no_kwargs("_grouper")?;
    let a = rest.range("_grouper", 2, 2)?;
    let parent = &a[0];
    match super::payload::<GroupBy>(parent) {
        Some(g) if weft_vm::objects::typeobj::is_subtype(&ops::a_type(parent), &t.groupby) => {
            Ok(new_grouper(parent, g, a[1].clone()))
        }
        _ => Err(error::type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {}",
            ops::type_name_of(parent)
        ))),
    }
}

/// The parent groupby of a grouper, if `me` is its current group.
fn current_parent(me: &Value, gr: &Grouper) -> Option<Value> {
    let parent = gr.parent.borrow().clone();
    let g = super::payload::<GroupBy>(&parent)?;
    let addr = me.as_obj().map(|o| o.addr())?;
    (g.currgrouper.get() == addr).then_some(parent)
}

fn grouper_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, gr) = this::<Grouper>(args, "__next__", &super::types().grouper)?;
    super::no_args(args, "__next__")?;
    let Some(parent) = current_parent(me, gr) else {
        return done(None);
    };
    let Some(g) = super::payload::<GroupBy>(&parent) else {
        return done(None);
    };
    let empty = g.currvalue.borrow().is_null();
    if empty && !g.step(vm)? {
        return done(None);
    }
    let tgtkey = gr.tgtkey.borrow().clone();
    let currkey = g.currkey.borrow().clone();
    if currkey.is_null() || !ops::eq_bool(vm, &tgtkey, &currkey)? {
        return done(None);
    }
    let value = std::mem::replace(&mut *g.currvalue.borrow_mut(), Value::NULL);
    let old = std::mem::replace(&mut *g.currkey.borrow_mut(), Value::NULL);
    drop(old);
    if value.is_null() {
        return done(None);
    }
    Ok(value)
}

fn grouper_reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, gr) = this::<Grouper>(args, "__reduce__", &super::types().grouper)?;
    super::arity(args, &super::types().grouper, "__reduce__", 0)?;
    match current_parent(me, gr) {
        Some(parent) => Ok(tuple::new_tuple(vec![
            type_value(me),
            tuple::new_tuple(vec![parent, gr.tgtkey.borrow().clone()]),
        ])),
        None => {
            let iter =
                weft_vm::interp::attr::getattr(vm, &Value::obj(vm.builtins_module()), "iter")?;
            Ok(tuple::new_tuple(vec![
                iter,
                tuple::new_tuple(vec![tuple::new_tuple(Vec::new())]),
            ]))
        }
    }
}

pub(super) fn register(t: &Types) {
    statics(&t.groupby, &[("__new__", groupby_new)]);
    super::iterator_methods(
        &t.groupby,
        groupby_next,
        &[
            ("__reduce__", groupby_reduce),
            ("__setstate__", groupby_setstate),
        ],
    );
    statics(&t.grouper, &[("__new__", grouper_new)]);
    super::iterator_methods(&t.grouper, grouper_next, &[("__reduce__", grouper_reduce)]);
}
