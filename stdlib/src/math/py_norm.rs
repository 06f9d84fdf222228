//! `math.hypot`, `math.dist` and `math.isclose`: distances and closeness of floats.

use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{protocols, Vm};
use weft_vm::objects::builtin::Args;

use super::clinic::Params;
use super::convert::to_f64;

/// `math.hypot(*coordinates)`.
pub(super) fn hypot(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("math.hypot")?;
    let coords = args
        .positional()
        .iter()
        .map(|v| to_f64(vm, v))
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(Value::float(super::hypot(&coords)))
}

/// `math.dist(p, q)`: both points become tuples first, their lengths are compared, and
/// only then are the coordinates converted, pairwise, as CPython does (so which bad
/// coordinate is reported matches).
pub(super) fn dist(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("math.dist")?;
    let a = args.range("dist", 2, 2)?;
    let p = protocols::iterate(vm, &a[0])?;
    let q = protocols::iterate(vm, &a[1])?;
    if p.len() != q.len() {
        return Err(error::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut ps = Vec::with_capacity(p.len());
    let mut qs = Vec::with_capacity(q.len());
    for (x, y) in p.iter().zip(&q) {
        ps.push(to_f64(vm, x)?);
        qs.push(to_f64(vm, y)?);
    }
    Ok(Value::float(super::dist(&ps, &qs)?))
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
pub(super) fn isclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let bound = Params {
        fname: "isclose",
        names: ["a", "b", "rel_tol", "abs_tol"],
        posonly: 0,
        minpos: 2,
        maxpos: 2,
    }
    .bind(args)?;
    let mut x = [0.0, 0.0, 1e-9, 0.0];
    for (slot, v) in x.iter_mut().zip(&bound) {
        if let Some(v) = v {
            *slot = to_f64(vm, v)?;
        }
    }
    Ok(Value::bool(super::isclose(x[0], x[1], x[2], x[3])?))
}
