//! `zip_longest(*iterables, fillvalue=None)`.
use super::{done, iter_of, new_obj, take, this, type_value, visit, Types};
use std::cell::{Cell, RefCell};
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::new_cls;
use weft_vm::objects::native::Traverse;
use weft_vm::objects::register::statics;
use weft_vm::objects::tuple;

/// An exhausted iterator's place holds `NULL`; `active` counts the others.
struct ZipLongest {
    its: RefCell<Vec<Value>>,
    active: Cell<usize>,
    fillvalue: RefCell<Value>,
}

impl Traverse for ZipLongest {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(its) = self.its.try_borrow() {
            its.iter().for_each(&mut *f);
        }
        visit(&self.fillvalue, f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut its) = self.its.try_borrow_mut() {
            out.append(&mut its);
        }
        take(&self.fillvalue, out);
    }
}

fn zip_longest_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().zip_longest)?;
    let rest = args.rest();
    let mut fillvalue = Value::NONE;
    for (k, v) in rest.kwargs() {
        if k != "fillvalue" || rest.kwnames.len() > 1 {
            return Err(error::type_error(
                "zip_longest() got an unexpected keyword argument",
            ));
        }
        fillvalue = v.clone();
    }
    let mut its = Vec::with_capacity(rest.positional().len());
    for v in rest.positional() {
        its.push(iter_of(vm, v)?);
    }
    let n = its.len();
    Ok(new_obj(
        cls,
        ZipLongest {
            its: RefCell::new(its),
            active: Cell::new(n),
            fillvalue: RefCell::new(fillvalue),
        },
    ))
}

fn zip_longest_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, z) = this::<ZipLongest>(args, "__next__", &super::types().zip_longest)?;
    super::no_args(args, "__next__")?;
    let n = z.its.borrow().len();
    if n == 0 || z.active.get() == 0 {
        return done(None);
    }
    let mut result = Vec::with_capacity(n);
    for i in 0..n {
        let it = z.its.borrow().get(i).cloned().unwrap_or(Value::NULL);
        let fill = || z.fillvalue.borrow().clone();
        if it.is_null() {
            result.push(fill());
            continue;
        }
        match super::next(vm, &it) {
            Ok(Some(v)) => result.push(v),
            r => {
                let active = z.active.get().saturating_sub(1);
                if active == 0 || r.is_err() {
                    z.active.set(0);
                    return done(r?);
                }
                z.active.set(active);
                result.push(fill());
                let old = z
                    .its
                    .borrow_mut()
                    .get_mut(i)
                    .map(|s| std::mem::replace(s, Value::NULL));
                drop(old);
            }
        }
    }
    Ok(tuple::new_tuple(result))
}

fn zip_longest_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, z) = this::<ZipLongest>(args, "__reduce__", &super::types().zip_longest)?;
    super::arity(args, &super::types().zip_longest, "__reduce__", 0)?;
    // An exhausted iterator is pickled as an empty tuple.
    let its: Vec<Value> = z
        .its
        .borrow()
        .iter()
        .map(|v| {
            if v.is_null() {
                tuple::new_tuple(Vec::new())
            } else {
                v.clone()
            }
        })
        .collect();
    Ok(tuple::new_tuple(vec![
        type_value(me),
        tuple::new_tuple(its),
        z.fillvalue.borrow().clone(),
    ]))
}

fn zip_longest_setstate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, z) = this::<ZipLongest>(args, "__setstate__", &super::types().zip_longest)?;
    let state = super::arity(args, &super::types().zip_longest, "__setstate__", 1)?[0].clone();
    let old = std::mem::replace(&mut *z.fillvalue.borrow_mut(), state);
    drop(old);
    Ok(Value::NONE)
}

pub(super) fn register(t: &Types) {
    statics(&t.zip_longest, &[("__new__", zip_longest_new)]);
    super::iterator_methods(
        &t.zip_longest,
        zip_longest_next,
        &[
            ("__reduce__", zip_longest_reduce),
            ("__setstate__", zip_longest_setstate),
        ],
    );
}
