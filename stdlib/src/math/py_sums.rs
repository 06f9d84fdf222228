//! `math.fsum` and `math.prod`, which consume an iterable item by item: iteration may run
//! Python code (a generator, `__next__`), and `prod` multiplies with the vm's own operator
//! dispatch, so it works for any type that `*` accepts.

use weft_vm::compiler::bytecode::BinOp;
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{call, ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::int;

use super::clinic::Params;
use super::convert::to_f64;
use super::Fsum;

/// `iter(v)`, checked to be an iterator.
fn iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let flow = protocols::get_iter(vm, v.clone())?;
    let it = call::run_flow(vm, flow)?;
    protocols::check_iterator(&it)?;
    Ok(it)
}

/// `math.fsum(iterable)`.
pub(super) fn fsum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("math.fsum", 1)?;
    let it = iter(vm, &a[0])?;
    let mut sum = Fsum::new();
    while let Some(item) = protocols::next_value(vm, &it)? {
        sum.add(to_f64(vm, &item)?)?;
    }
    Ok(Value::float(sum.finish()?))
}

/// `math.prod(iterable, /, *, start=1)`.
pub(super) fn prod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [iterable, start] = Params {
        fname: "prod",
        names: ["iterable", "start"],
        posonly: 1,
        minpos: 1,
        maxpos: 1,
    }
    .bind(args)?;
    let it = iter(vm, &iterable.unwrap_or(Value::NONE))?;
    let mut acc = start.unwrap_or_else(|| int::from_i64(1));
    while let Some(item) = protocols::next_value(vm, &it)? {
        let flow = ops::binary(vm, BinOp::Multiply, acc, item)?;
        acc = call::run_flow(vm, flow)?;
    }
    Ok(acc)
}
