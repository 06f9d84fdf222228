//! `math.log`, `math.log2` and `math.log10`, which take ints exactly (see `logarithm.rs`).

use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;

use super::convert::RealArg;

/// `math.log(x[, base])`. The base is converted only after `log(x)` succeeded, so
/// `log(0, 'x')` is a domain error, as in CPython.
pub(super) fn log(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("log")?;
    let a = args.positional();
    if a.is_empty() || a.len() > 2 {
        return Err(error::type_error("math.log requires 1 to 2 arguments"));
    }
    let x = RealArg::new(vm, &a[0])?;
    let num = super::log(x.real(), None)?;
    let Some(base) = a.get(1) else {
        return Ok(Value::float(num));
    };
    let base = RealArg::new(vm, base)?;
    Ok(Value::float(super::log(x.real(), Some(base.real()))?))
}

/// `math.log2(x)`.
pub(super) fn log2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("math.log2", 1)?;
    let x = RealArg::new(vm, &a[0])?;
    Ok(Value::float(super::log2(x.real())?))
}

/// `math.log10(x)`.
pub(super) fn log10(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("math.log10", 1)?;
    let x = RealArg::new(vm, &a[0])?;
    Ok(Value::float(super::log10(x.real())?))
}
