//! The natives of the functions of one or two floats: each converts its arguments with
//! `PyFloat_AsDouble` rules and wraps the pure function's result.
//!
//! CPython declares the one-argument ones `METH_O` (errors name them `math.sin()`) and the
//! two-argument ones fastcall with `_PyArg_CheckPositional` (`atan2 expected 2 arguments`),
//! which is why the two macros check their arguments differently.

use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{int, tuple};

use super::convert::to_f64;

/// The single argument of a `METH_O` function, converted.
fn one(vm: &mut Vm, args: &Args, qualname: &str) -> PyResult<f64> {
    let a = args.exact(qualname, 1)?;
    to_f64(vm, &a[0])
}

/// The two arguments of a fastcall function, converted in order.
fn two(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    args.no_kwargs(&format!("math.{name}"))?;
    let a = args.range(name, 2, 2)?;
    Ok((to_f64(vm, &a[0])?, to_f64(vm, &a[1])?))
}

/// One native per `name(x) => result`, the result built from the converted `x`.
macro_rules! unary {
    ($($name:ident($x:ident) => $body:expr;)*) => {$(
        #[doc = concat!("`math.", stringify!($name), "(x)`.")]
        pub(super) fn $name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            let $x = one(vm, args, concat!("math.", stringify!($name)))?;
            Ok($body)
        }
    )*};
}

/// One native per `name(x, y) => result`.
macro_rules! binary {
    ($($name:ident($x:ident, $y:ident) => $body:expr;)*) => {$(
        #[doc = concat!("`math.", stringify!($name), "(x, y)`.")]
        pub(super) fn $name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            let ($x, $y) = two(vm, args, stringify!($name))?;
            Ok($body)
        }
    )*};
}

unary! {
    acos(x) => Value::float(super::acos(x)?);
    acosh(x) => Value::float(super::acosh(x)?);
    asin(x) => Value::float(super::asin(x)?);
    asinh(x) => Value::float(super::asinh(x)?);
    atan(x) => Value::float(super::atan(x)?);
    atanh(x) => Value::float(super::atanh(x)?);
    cbrt(x) => Value::float(super::cbrt(x)?);
    cos(x) => Value::float(super::cos(x)?);
    cosh(x) => Value::float(super::cosh(x)?);
    degrees(x) => Value::float(super::degrees(x));
    erf(x) => Value::float(super::erf(x));
    erfc(x) => Value::float(super::erfc(x));
    exp(x) => Value::float(super::exp(x)?);
    exp2(x) => Value::float(super::exp2(x)?);
    expm1(x) => Value::float(super::expm1(x)?);
    fabs(x) => Value::float(super::fabs(x));
    gamma(x) => Value::float(super::gamma(x)?);
    isfinite(x) => Value::bool(super::isfinite(x));
    isinf(x) => Value::bool(super::isinf(x));
    isnan(x) => Value::bool(super::isnan(x));
    lgamma(x) => Value::float(super::lgamma(x)?);
    log1p(x) => Value::float(super::log1p(x)?);
    radians(x) => Value::float(super::radians(x));
    sin(x) => Value::float(super::sin(x)?);
    sinh(x) => Value::float(super::sinh(x)?);
    sqrt(x) => Value::float(super::sqrt(x)?);
    tan(x) => Value::float(super::tan(x)?);
    tanh(x) => Value::float(super::tanh(x)?);
    ulp(x) => Value::float(super::ulp(x));
    frexp(x) => {
        let (mantissa, exponent) = super::frexp(x);
        tuple::new_tuple(vec![Value::float(mantissa), int::from_i64(exponent.into())])
    };
    modf(x) => {
        let (fraction, integral) = super::modf(x);
        tuple::new_tuple(vec![Value::float(fraction), Value::float(integral)])
    };
}

binary! {
    atan2(y, x) => Value::float(super::atan2(y, x)?);
    copysign(x, y) => Value::float(super::copysign(x, y));
    fmod(x, y) => Value::float(super::fmod(x, y)?);
    nextafter(x, y) => Value::float(super::nextafter(x, y));
    pow(x, y) => Value::float(super::pow(x, y)?);
    remainder(x, y) => Value::float(super::remainder(x, y)?);
}

/// `math.ldexp(x, i)`: unlike the other functions, `i` must be an actual int (no
/// `__index__`).
pub(super) fn ldexp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("math.ldexp")?;
    let a = args.range("ldexp", 2, 2)?;
    let x = to_f64(vm, &a[0])?;
    let Some(i) = int::to_big(&a[1]) else {
        return Err(error::type_error(
            "Expected an int as second argument to ldexp.",
        ));
    };
    Ok(Value::float(super::ldexp(x, &i)?))
}
