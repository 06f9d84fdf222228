//! Greenlets (`weft_greenlets::pickle` reads and rebuilds them; their frame chains are
//! [`crate::chain`] records). A main greenlet stands for the unpickling thread's main greenlet.
use crate::chain::{chain_from, chain_record};
use weft_greenlets::pickle as gp;
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::register::methods;
use weft_vm::objects::tuple;

fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    if gp::is_main(&me) {
        let f = crate::module::reconstructor(vm, "main_greenlet")?;
        return Ok(tuple::new_tuple(vec![f, tuple::new_tuple(vec![])]));
    }
    let r = gp::reduce(vm, &me, &chain_record)?;
    crate::instdict::with_dict(vm, &me, r)
}

fn setstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let a = args.rest().exact("__setstate__", 1)?;
    let state = crate::instdict::take_dict(vm, &me, &a[0])?;
    let invalid = crate::errors::invalid_state(vm)?;
    gp::setstate(vm, &me, &state, &chain_from, &invalid).map(|_| Value::NONE)
}

/// `_weft_pickling.main_greenlet()`: this thread's main greenlet.
pub fn rebuild_main(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("main_greenlet", 0)?;
    Ok(gp::main_greenlet())
}

/// Gives the `greenlet` type its reductions.
pub fn install() {
    methods(
        &gp::greenlet_type(),
        &[("__reduce__", reduce), ("__setstate__", setstate)],
    );
}
