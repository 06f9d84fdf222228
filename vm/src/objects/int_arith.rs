//! `int`'s operator dunders (and `bool`'s `&`, `|`, `^`). The eval loop computes operators on builtin ints
//! itself; these are for explicit calls, subclasses and `super()`. Each takes only ints and returns
//! `NotImplemented` for anything else (`(1).__add__(1.0)` is `NotImplemented`: float's `__radd__` answers).
//! The arithmetic is `numeric`'s.
use super::args::{not_implemented, receiver_error, slot_args, ternary_args};
use super::methods::this;
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::heap::Value;
use crate::interp::error::PyResult;
use crate::interp::Vm;
use crate::numeric::int_float::int_true_divide;
use crate::numeric::int_ops::{self, IntPower};
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::{int, tuple, types};
use num_bigint::BigInt;

/// `x OP y` for two ints, with Python's semantics.
pub fn int_op(op: BinOp, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => int::from_big(x + y),
        BinOp::Subtract => int::from_big(x - y),
        BinOp::Multiply => int::from_big(x * y),
        BinOp::TrueDivide => Value::float(int_true_divide(x, y)?),
        BinOp::FloorDivide => int::from_big(int_ops::int_floor_divide(x, y)?),
        BinOp::Remainder => int::from_big(int_ops::int_mod(x, y)?),
        BinOp::Power => match int_ops::int_pow(x, y)? {
            IntPower::Int(b) => int::from_big(b),
            IntPower::Float(f) => Value::float(f),
        },
        BinOp::Lshift => int::from_big(int_ops::int_lshift(x, y)?),
        BinOp::Rshift => int::from_big(int_ops::int_rshift(x, y)?),
        BinOp::And => int::from_big(x & y),
        BinOp::Or => int::from_big(x | y),
        BinOp::Xor => int::from_big(x ^ y),
        _ => not_implemented(),
    })
}

/// `self OP other`, or `other OP self` when `reflected`.
fn binary(args: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = this(args, name, true)?;
    let other = &slot_args(args, name, 1)?[0];
    let Some(b) = int::to_big(other) else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (&b, &a) } else { (&a, &b) };
    int_op(op, x, y)
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
fn lshift(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__lshift__", BinOp::Lshift, false)
}
fn rlshift(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__rlshift__", BinOp::Lshift, true)
}
fn rshift(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__rshift__", BinOp::Rshift, false)
}
fn rrshift(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__rrshift__", BinOp::Rshift, true)
}
fn and(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__and__", BinOp::And, false)
}
fn rand(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__rand__", BinOp::And, true)
}
fn or(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__or__", BinOp::Or, false)
}
fn ror(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__ror__", BinOp::Or, true)
}
fn xor(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__xor__", BinOp::Xor, false)
}
fn rxor(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__rxor__", BinOp::Xor, true)
}

/// `divmod(self, other)` (or `divmod(other, self)`): floor quotient and remainder.
fn divmod_of(args: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = this(args, name, true)?;
    let other = &slot_args(args, name, 1)?[0];
    let Some(b) = int::to_big(other) else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (&b, &a) } else { (&a, &b) };
    let (q, r) = int_ops::int_divmod(x, y)?;
    Ok(tuple::new_tuple(vec![int::from_big(q), int::from_big(r)]))
}
fn divmod(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    divmod_of(a, "__divmod__", false)
}
fn rdivmod(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    divmod_of(a, "__rdivmod__", true)
}

/// `pow(self, other, modulus)` (or `pow(other, self, modulus)`): a modulus must be an int too.
fn power(args: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = this(args, name, true)?;
    let (other, modulus) = ternary_args(args, name)?;
    let Some(b) = int::to_big(other) else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (&b, &a) } else { (&a, &b) };
    match modulus.filter(|m| !m.is_none()) {
        None => int_op(BinOp::Power, x, y),
        Some(m) => match int::to_big(m) {
            Some(m) => Ok(int::from_big(int_ops::int_pow_mod(x, y, &m)?)),
            None => Ok(not_implemented()),
        },
    }
}
fn pow(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    power(a, "__pow__", false)
}
fn rpow(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    power(a, "__rpow__", true)
}

/// A rich comparison with another int; anything else is `NotImplemented` (floats compare through
/// `float`'s reflected method).
fn compare(args: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let a = this(args, name, true)?;
    let other = &slot_args(args, name, 1)?[0];
    let Some(b) = int::to_big(other) else {
        return Ok(not_implemented());
    };
    let o = a.cmp(&b);
    Ok(Value::bool(match op {
        CmpOp::Lt => o.is_lt(),
        CmpOp::Le => o.is_le(),
        CmpOp::Eq => o.is_eq(),
        CmpOp::Ne => o.is_ne(),
        CmpOp::Gt => o.is_gt(),
        CmpOp::Ge => o.is_ge(),
    }))
}
fn lt(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(a, "__lt__", CmpOp::Lt)
}
fn le(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(a, "__le__", CmpOp::Le)
}
fn eq(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(a, "__eq__", CmpOp::Eq)
}
fn ne(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(a, "__ne__", CmpOp::Ne)
}
fn gt(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(a, "__gt__", CmpOp::Gt)
}
fn ge(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(a, "__ge__", CmpOp::Ge)
}

/// `bool`'s `&`, `|`, `^`: a bool when both operands are bools, else `int`'s answer.
fn bool_logic(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    op: BinOp,
    int_op: NativeFn,
) -> PyResult<Value> {
    let v = args.positional().first();
    let Some(a) = v.and_then(Value::as_bool) else {
        return Err(receiver_error(name, "bool", v, true));
    };
    let other = &slot_args(args, name, 1)?[0];
    match other.as_bool() {
        Some(b) => Ok(Value::bool(match op {
            BinOp::And => a & b,
            BinOp::Or => a | b,
            _ => a ^ b,
        })),
        None => int_op(vm, args),
    }
}
fn bool_and(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_logic(vm, a, "__and__", BinOp::And, and)
}
fn bool_rand(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_logic(vm, a, "__rand__", BinOp::And, rand)
}
fn bool_or(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_logic(vm, a, "__or__", BinOp::Or, or)
}
fn bool_ror(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_logic(vm, a, "__ror__", BinOp::Or, ror)
}
fn bool_xor(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_logic(vm, a, "__xor__", BinOp::Xor, xor)
}
fn bool_rxor(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_logic(vm, a, "__rxor__", BinOp::Xor, rxor)
}

pub(super) fn register() {
    use crate::objects::register::methods;
    let t = types();
    methods(
        &t.int,
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
            ("__lshift__", lshift),
            ("__rlshift__", rlshift),
            ("__rshift__", rshift),
            ("__rrshift__", rrshift),
            ("__and__", and),
            ("__rand__", rand),
            ("__or__", or),
            ("__ror__", ror),
            ("__xor__", xor),
            ("__rxor__", rxor),
            ("__lt__", lt),
            ("__le__", le),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__gt__", gt),
            ("__ge__", ge),
        ],
    );
    methods(
        &t.bool_,
        &[
            ("__and__", bool_and),
            ("__rand__", bool_rand),
            ("__or__", bool_or),
            ("__ror__", bool_ror),
            ("__xor__", bool_xor),
            ("__rxor__", bool_rxor),
        ],
    );
}
