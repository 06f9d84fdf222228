//! `float`'s operator dunders, for explicit calls, subclasses and `super()` (the eval loop computes operators
//! on builtin floats itself). Ints are converted (exactly compared); other types get `NotImplemented`.
//! The arithmetic is `numeric`'s.
use super::methods::this;
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::Vm;
use crate::numeric::complex::{complex_pow, Complex};
use crate::numeric::float_ops::{self, FloatPower};
use crate::numeric::int_float::compare_int_float;
use crate::objects::builtin::Args;
use crate::objects::int::args::{not_implemented, slot_args, ternary_args};
use crate::objects::{complex, float, int, tuple, types};
use std::cmp::Ordering;

/// `x OP y` for two floats, with Python's semantics (a negative base to a fractional power is complex).
pub fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Subtract => x - y,
        BinOp::Multiply => x * y,
        BinOp::TrueDivide => float_ops::float_true_divide(x, y)?,
        BinOp::FloorDivide => float_ops::float_floor_divide(x, y)?,
        BinOp::Remainder => float_ops::float_mod(x, y)?,
        _ => match float_ops::float_pow(x, y)? {
            FloatPower::Float(r) => r,
            FloatPower::Complex => {
                let r = complex_pow(Complex::new(x, 0.0), Complex::new(y, 0.0))?;
                return Ok(complex::new_complex(r.re, r.im));
            }
        },
    }))
}

/// `self OP other`, or `other OP self` when `reflected`.
fn binary(args: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = this(args, name, true)?;
    let other = &slot_args(args, name, 1)?[0];
    let Some(b) = float::operand(other)? else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    float_op(op, x, y)
}

fn add(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__add__", BinOp::Add, false)
}
fn radd(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__radd__", BinOp::Add, true)
}
fn sub(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__sub__", BinOp::Subtract, false)
}
fn rsub(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__rsub__", BinOp::Subtract, true)
}
fn mul(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__mul__", BinOp::Multiply, false)
}
fn rmul(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__rmul__", BinOp::Multiply, true)
}
fn truediv(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__truediv__", BinOp::TrueDivide, false)
}
fn rtruediv(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__rtruediv__", BinOp::TrueDivide, true)
}
fn floordiv(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__floordiv__", BinOp::FloorDivide, false)
}
fn rfloordiv(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__rfloordiv__", BinOp::FloorDivide, true)
}
fn mod_(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__mod__", BinOp::Remainder, false)
}
fn rmod(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__rmod__", BinOp::Remainder, true)
}

fn divmod_of(args: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = this(args, name, true)?;
    let other = &slot_args(args, name, 1)?[0];
    let Some(b) = float::operand(other)? else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let (q, r) = float_ops::float_divmod(x, y)?;
    Ok(tuple::new_tuple(vec![Value::float(q), Value::float(r)]))
}
fn divmod(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    divmod_of(a, "__divmod__", false)
}
fn rdivmod(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    divmod_of(a, "__rdivmod__", true)
}

/// `pow(self, other)`: a modulus other than `None` is refused before the operands are looked at, as in
/// CPython's `float_pow`.
fn power(args: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = this(args, name, true)?;
    let (other, modulus) = ternary_args(args, name)?;
    if modulus.is_some_and(|m| !m.is_none()) {
        return Err(error::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    let Some(b) = float::operand(other)? else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    float_op(BinOp::Power, x, y)
}
fn pow(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    power(a, "__pow__", false)
}
fn rpow(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    power(a, "__rpow__", true)
}

/// A rich comparison with a float or an int (compared exactly, so `2**53 + 1 != 2.0**53`).
fn compare_with(args: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let a = this(args, name, true)?;
    let other = &slot_args(args, name, 1)?[0];
    let ord = if let Some(b) = float::to_f64(other) {
        a.partial_cmp(&b)
    } else if let Some(b) = int::to_big(other) {
        compare_int_float(&b, a).map(Ordering::reverse)
    } else {
        return Ok(not_implemented());
    };
    Ok(Value::bool(match ord {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o.is_lt(),
            CmpOp::Le => o.is_le(),
            CmpOp::Eq => o.is_eq(),
            CmpOp::Ne => o.is_ne(),
            CmpOp::Gt => o.is_gt(),
            CmpOp::Ge => o.is_ge(),
        },
    }))
}
fn lt(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare_with(a, "__lt__", CmpOp::Lt)
}
fn le(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare_with(a, "__le__", CmpOp::Le)
}
fn eq(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare_with(a, "__eq__", CmpOp::Eq)
}
fn ne(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare_with(a, "__ne__", CmpOp::Ne)
}
fn gt(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare_with(a, "__gt__", CmpOp::Gt)
}
fn ge(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare_with(a, "__ge__", CmpOp::Ge)
}

pub(super) fn register() {
    crate::objects::register::methods(
        &types().float,
        &[
            ("__add__", add),
            ("__radd__", radd),
            ("__sub__", sub),
            ("__rsub__", rsub),
            ("__mul__", mul),
            ("__rmul__", rmul),
            ("__truediv__", truediv),
            ("__rtruediv__", rtruediv),
            ("__floordiv__", floordiv),
            ("__rfloordiv__", rfloordiv),
            ("__mod__", mod_),
            ("__rmod__", rmod),
            ("__divmod__", divmod),
            ("__rdivmod__", rdivmod),
            ("__pow__", pow),
            ("__rpow__", rpow),
            ("__lt__", lt),
            ("__le__", le),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__gt__", gt),
            ("__ge__", ge),
        ],
    );
}
