//! Tasklets and channels (`weft_tasklets::pickle` reads and rebuilds them; their frame chains are
//! [`crate::chain`] records).
use crate::chain::{chain_from, chain_record};
use weft_tasklets::pickle as tp;
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::register::methods;

fn reduce_tasklet(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let r = tp::reduce_tasklet(vm, &me, &chain_record)?;
    crate::instdict::with_dict(vm, &me, r)
}

fn setstate_tasklet(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let a = args.rest().exact("__setstate__", 1)?;
    let state = crate::instdict::take_dict(vm, &me, &a[0])?;
    let invalid = crate::errors::invalid_state(vm)?;
    tp::setstate_tasklet(vm, &me, &state, &chain_from, &invalid).map(|_| Value::NONE)
}

fn reduce_channel(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let r = tp::reduce_channel(vm, &me)?;
    crate::instdict::with_dict(vm, &me, r)
}

fn setstate_channel(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let a = args.rest().exact("__setstate__", 1)?;
    let state = crate::instdict::take_dict(vm, &me, &a[0])?;
    let invalid = crate::errors::invalid_state(vm)?;
    tp::setstate_channel(vm, &me, &state, &invalid).map(|_| Value::NONE)
}

/// Gives the `stackless` types their reductions.
pub fn install() {
    let (tasklet, channel) = tp::types();
    methods(
        &tasklet,
        &[
            ("__reduce__", reduce_tasklet),
            ("__setstate__", setstate_tasklet),
        ],
    );
    methods(
        &channel,
        &[
            ("__reduce__", reduce_channel),
            ("__setstate__", setstate_channel),
        ],
    );
}
