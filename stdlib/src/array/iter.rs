//! `array.arrayiterator`: walks an array by index, seeing items appended or removed meanwhile.
use super::arrayobj::as_array;
use super::iter_type;
use std::cell::{Cell, RefCell};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{methods, statics};
use weft_vm::objects::{int, tuple};

struct ArrayIter {
    /// The array; None once exhausted.
    array: RefCell<Option<Value>>,
    index: Cell<usize>,
}

impl Traverse for ArrayIter {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(a) = self.array.try_borrow() {
            a.iter().for_each(f);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut a) = self.array.try_borrow_mut() {
            out.extend(a.take());
        }
    }
}

pub(crate) fn new_iter(array: Value, index: usize) -> Value {
    let it = ArrayIter {
        array: RefCell::new(Some(array)),
        index: Cell::new(index),
    };
    Value::obj(weft_vm::heap::alloc(
        iter_type(),
        NativeObj::traced(it),
        None,
    ))
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a ArrayIter)> {
    crate::support::this::<ArrayIter>(args, name, iter_type())
}

fn next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, it) = this(args, "__next__")?;
    let array = it.array.borrow().clone();
    let Some(array) = array else {
        return Err(error::stop_iteration(None));
    };
    let item = match as_array(&array) {
        Some(a) => a.item(it.index.get())?,
        None => None,
    };
    match item {
        Some(v) => {
            it.index.set(it.index.get() + 1);
            Ok(v)
        }
        None => {
            let done = it.array.borrow_mut().take();
            drop(done);
            Err(error::stop_iteration(None))
        }
    }
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this(args, "__iter__")?;
    Ok(me.clone())
}

/// `(iter, (array,), index)`, or `(iter, ((),))` when exhausted.
fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, it) = this(args, "__reduce__")?;
    let iter_fn = weft_vm::interp::attr::getattr(vm, &Value::obj(vm.builtins_module()), "iter")?;
    let array = it.array.borrow().clone();
    Ok(match array {
        Some(a) => tuple::new_tuple(vec![
            iter_fn,
            tuple::new_tuple(vec![a]),
            int::from_i64(it.index.get() as i64),
        ]),
        None => tuple::new_tuple(vec![
            iter_fn,
            tuple::new_tuple(vec![tuple::new_tuple(vec![])]),
        ]),
    })
}

fn setstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, it) = this(args, "__setstate__")?;
    let a = args.rest().exact("__setstate__", 1)?;
    let i = weft_vm::interp::protocols::index_isize(vm, &a[0])?;
    let len = it
        .array
        .borrow()
        .as_ref()
        .and_then(as_array)
        .map_or(0, |a| a.len());
    it.index.set((i.max(0) as usize).min(len));
    Ok(Value::NONE)
}

pub(crate) fn register(t: &ObjRef) {
    statics(t, &[("__new__", crate::support::no_new)]);
    methods(
        t,
        &[
            ("__next__", next),
            ("__iter__", iter),
            ("__reduce__", reduce),
            ("__setstate__", setstate),
        ],
    );
}
