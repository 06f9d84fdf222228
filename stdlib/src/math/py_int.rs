//! The natives of the integer functions: arguments go through `__index__` (so floats are
//! refused: "'float' object cannot be interpreted as an integer"), results are ints.

use num_bigint::BigInt;
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::int;

/// Every positional argument through `__index__`, in order.
fn indices(vm: &mut Vm, args: &Args, qualname: &str) -> PyResult<Vec<BigInt>> {
    args.no_kwargs(qualname)?;
    args.positional()
        .iter()
        .map(|v| protocols::index(vm, v))
        .collect()
}

/// `math.factorial(n)`.
pub(super) fn factorial(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("math.factorial", 1)?;
    let n = protocols::index(vm, &a[0])?;
    Ok(int::from_big(super::factorial(&n)?))
}

/// `math.comb(n, k)`.
pub(super) fn comb(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("math.comb")?;
    args.range("comb", 2, 2)?;
    let nk = indices(vm, args, "math.comb")?;
    Ok(int::from_big(super::comb(&nk[0], &nk[1])?))
}

/// `math.perm(n, k=None)`.
pub(super) fn perm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("math.perm")?;
    let a = args.range("perm", 1, 2)?;
    let n = protocols::index(vm, &a[0])?;
    let k = match a.get(1) {
        Some(k) if !k.is_none() => Some(protocols::index(vm, k)?),
        _ => None,
    };
    Ok(int::from_big(super::perm(&n, k.as_ref())?))
}

/// `math.isqrt(n)`.
pub(super) fn isqrt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("math.isqrt", 1)?;
    let n = protocols::index(vm, &a[0])?;
    Ok(int::from_big(super::isqrt(&n)?))
}

/// `math.gcd(*integers)`.
pub(super) fn gcd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = indices(vm, args, "math.gcd")?;
    Ok(int::from_big(super::gcd(&v)))
}

/// `math.lcm(*integers)`.
pub(super) fn lcm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = indices(vm, args, "math.lcm")?;
    Ok(int::from_big(super::lcm(&v)))
}
