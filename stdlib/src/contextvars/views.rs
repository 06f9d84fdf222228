//! `keys`, `values` and `items`: what `iter(context)`, `Context.keys()`, `.values()` and `.items()`
//! return. In CPython 3.11 these are one-shot iterators over the (immutable) mapping, whose `len`
//! stays the mapping's size; here they walk a snapshot of it.
use super::types;
use std::cell::{Cell, RefCell};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::int;
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{methods, statics};

struct View {
    items: RefCell<Vec<Value>>,
    next: Cell<usize>,
}

impl Traverse for View {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(f);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            out.append(&mut items);
        }
    }
}

/// A view of type `ty` over `items`.
pub(super) fn new_view(ty: &ObjRef, items: Vec<Value>) -> Value {
    let v = View {
        items: RefCell::new(items),
        next: Cell::new(0),
    };
    Value::obj(weft_vm::heap::alloc(ty, NativeObj::traced(v), None))
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a View> {
    let owner = args
        .all
        .first()
        .and_then(|v| v.as_obj())
        .map_or_else(|| types().keys.clone(), |o| o.ty().clone());
    crate::support::this::<View>(args, name, &owner).map(|(_, v)| v)
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args, "__iter__")?;
    args.rest().exact("__iter__", 0)?;
    Ok(args.all[0].clone())
}

fn next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = this(args, "__next__")?;
    args.rest().exact("__next__", 0)?;
    let i = v.next.get();
    let item = v.items.borrow().get(i).cloned();
    match item {
        Some(item) => {
            v.next.set(i + 1);
            Ok(item)
        }
        None => Err(weft_vm::interp::error::stop_iteration(None)),
    }
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = this(args, "__len__")?;
    args.rest().exact("__len__", 0)?;
    Ok(int::from_i64(v.items.borrow().len() as i64))
}

pub(super) fn register(ty: &ObjRef) {
    statics(ty, &[("__new__", crate::support::no_new)]);
    methods(
        ty,
        &[("__iter__", iter), ("__next__", next), ("__len__", len)],
    );
}
