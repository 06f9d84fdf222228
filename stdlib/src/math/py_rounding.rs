//! `math.floor`, `math.ceil` and `math.trunc`: anything but an exact float is first offered to
//! its type's `__floor__`/`__ceil__`/`__trunc__`, whose result is returned as it is (so
//! `Fraction`s and `Decimal`s round themselves and ints come back unchanged, however large).

use num_bigint::BigInt;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::Vm;
use weft_vm::numeric::NumError;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{float, int};

use super::convert::{call_special, to_f64};

/// What `dunder` makes of `v`, or `None` when its type has no such method. Ints answer
/// themselves even before `int` registers its own dunders.
fn by_dunder(vm: &mut Vm, v: &Value, dunder: &str) -> PyResult<Option<Value>> {
    if float::is_exact(v) {
        return Ok(None);
    }
    if v.as_int().is_some() {
        // `int`'s own dunders return the value unchanged; builtin types cannot be patched.
        return Ok(Some(v.clone()));
    }
    if let Some(r) = call_special(vm, v, dunder)? {
        return Ok(Some(r));
    }
    Ok(int::to_big(v).map(int::from_big))
}

fn round_with(
    vm: &mut Vm,
    args: &Args,
    qualname: &str,
    dunder: &str,
    f: fn(f64) -> Result<BigInt, NumError>,
) -> PyResult<Value> {
    let a = args.exact(qualname, 1)?;
    if let Some(r) = by_dunder(vm, &a[0], dunder)? {
        return Ok(r);
    }
    let x = to_f64(vm, &a[0])?;
    Ok(int::from_big(f(x)?))
}

/// `math.floor(x)`.
pub(super) fn floor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    round_with(vm, args, "math.floor", "__floor__", super::floor)
}

/// `math.ceil(x)`.
pub(super) fn ceil(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    round_with(vm, args, "math.ceil", "__ceil__", super::ceil)
}

/// `math.trunc(x)`: only `__trunc__` counts (no `__float__` fallback), as in CPython.
pub(super) fn trunc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("math.trunc", 1)?;
    if let Some(r) = by_dunder(vm, &a[0], "__trunc__")? {
        return Ok(r);
    }
    // Floats (and float subclasses, while `float` has no `__trunc__` of its own).
    if let Some(x) = float::to_f64(&a[0]) {
        return Ok(int::from_big(super::trunc(x)?));
    }
    Err(error::type_error(format!(
        "type {} doesn't define __trunc__ method",
        type_name_of(&a[0])
    )))
}
