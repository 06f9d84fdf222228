//! `generic_alias_iterator`: iterating `tuple[int]` yields the one starred alias `*tuple[int]` (PEP 646),
//! which is how `X[*tuple[int]]` and `def f(*args: *tuple[int])` spell an unpacked tuple type.
use super::{as_generic_alias, starred_alias};
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{attr, Vm};
use crate::objects::builtin::Args;
use crate::objects::native::{NativeObj, Traverse};
use crate::objects::{tuple, types};
use std::cell::RefCell;

struct AliasIter {
    /// The alias to star; None once it was yielded.
    alias: RefCell<Option<Value>>,
}

impl Traverse for AliasIter {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(a) = self.alias.try_borrow() {
            a.iter().for_each(f);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut a) = self.alias.try_borrow_mut() {
            out.extend(a.take());
        }
    }
}

/// `iter(alias)`.
pub(super) fn new_iter(alias: Value) -> Value {
    let it = AliasIter {
        alias: RefCell::new(Some(alias)),
    };
    Value::obj(crate::heap::alloc(
        &types().generic_alias_iterator,
        NativeObj::traced(it),
        None,
    ))
}

fn this<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a AliasIter)> {
    let v = args.this()?;
    match v
        .as_obj()
        .and_then(|o| o.downcast::<NativeObj>())
        .and_then(|n| n.get::<AliasIter>())
    {
        Some(it) => Ok((v, it)),
        None => Err(error::type_error(format!(
            "descriptor requires a 'generic_alias_iterator' object but received a '{}'",
            type_name_of(v)
        ))),
    }
}

fn next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, it) = this(args)?;
    let taken = it.alias.borrow_mut().take();
    let Some(alias) = taken else {
        return Err(error::stop_iteration(None));
    };
    match as_generic_alias(&alias) {
        Some(g) => Ok(starred_alias(g.origin.clone(), g.args.clone(), true)),
        None => Err(error::stop_iteration(None)),
    }
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this(args)?;
    Ok(me.clone())
}

/// `(iter, (alias,))`, or `(iter, ((),))` once exhausted.
fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, it) = this(args)?;
    let iter_fn = attr::getattr(vm, &Value::obj(vm.builtins_module()), "iter")?;
    let alias = it
        .alias
        .borrow()
        .clone()
        .unwrap_or_else(|| tuple::new_tuple(vec![]));
    Ok(tuple::new_tuple(vec![
        iter_fn,
        tuple::new_tuple(vec![alias]),
    ]))
}

pub(super) fn register() {
    use crate::objects::register::*;
    methods(
        &types().generic_alias_iterator,
        &[
            ("__next__", next),
            ("__iter__", iter),
            ("__reduce__", reduce),
        ],
    );
}
