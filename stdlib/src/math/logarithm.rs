//! Logarithms. Ints are taken exactly rather than through `float(x)`, so `log(10**1000)`
//! works: an int too large for a float is split as `m * 2**e` first (CPython's `loghelper`).

use num_bigint::{BigInt, BigUint};
use num_traits::{One, Signed};
use weft_vm::numeric::int_float::{bigint_to_f64, ratio_to_f64};
use weft_vm::numeric::NumError;

use super::checked::{domain_error, math_1};

/// An argument of the logarithms, which treat ints specially.
#[derive(Debug, Clone, Copy)]
pub enum Real<'a> {
    /// A float (or anything the caller converted with `__float__`).
    Float(f64),
    /// An int (including `bool` and int subclasses).
    Int(&'a BigInt),
}

/// The C library's `log` with C99's special values settled first (`m_log`).
fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { x } else { f64::NAN };
    }
    if x > 0.0 {
        x.log2()
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log10()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// `_PyLong_Frexp` for a positive int: `(m, e)` with `v ~= m * 2**e`, `0.5 <= m < 1` and `m`
/// correctly rounded.
fn frexp_int(v: &BigInt) -> (f64, i64) {
    let e = v.bits();
    let m = ratio_to_f64(v.magnitude(), &(BigUint::one() << e)).unwrap_or(1.0);
    if m == 1.0 {
        (0.5, e as i64 + 1)
    } else {
        (m, e as i64)
    }
}

fn loghelper(x: Real<'_>, func: fn(f64) -> f64) -> Result<f64, NumError> {
    match x {
        Real::Float(x) => math_1(x, func, false),
        Real::Int(v) => {
            if !v.is_positive() {
                return Err(domain_error());
            }
            Ok(match bigint_to_f64(v) {
                Ok(f) => func(f),
                Err(_) => {
                    let (m, e) = frexp_int(v);
                    func(m) + func(2.0) * e as f64
                }
            })
        }
    }
}

/// `math.log(x)` or `math.log(x, base)`.
///
/// # Errors
/// `ValueError("math domain error")` for a non-positive argument or base;
/// `ZeroDivisionError("float division by zero")` for base 1.
pub fn log(x: Real<'_>, base: Option<Real<'_>>) -> Result<f64, NumError> {
    let num = loghelper(x, m_log)?;
    let Some(base) = base else {
        return Ok(num);
    };
    let den = loghelper(base, m_log)?;
    if den == 0.0 {
        return Err(NumError::ZeroDivision("float division by zero".into()));
    }
    Ok(num / den)
}

/// `math.log2(x)`.
///
/// # Errors
/// `ValueError("math domain error")` for a non-positive argument.
pub fn log2(x: Real<'_>) -> Result<f64, NumError> {
    loghelper(x, m_log2)
}

/// `math.log10(x)`.
///
/// # Errors
/// `ValueError("math domain error")` for a non-positive argument.
pub fn log10(x: Real<'_>) -> Result<f64, NumError> {
    loghelper(x, m_log10)
}

/// `math.log1p(x)`; `log1p(-0.0)` keeps its sign, as CPython ensures.
///
/// # Errors
/// `ValueError("math domain error")` for `x <= -1`.
pub fn log1p(x: f64) -> Result<f64, NumError> {
    math_1(x, |x| if x == 0.0 { x } else { x.ln_1p() }, false)
}

#[cfg(test)]
mod tests {
    use super::super::pyref::{f, lit, show, Check, Rng};
    use super::*;

    #[test]
    fn matches_python() {
        let mut rng = Rng::new(59);
        let mut check = Check::default();
        for _ in 0..3000 {
            let x = rng.any_f64();
            let a = lit(x);
            let b = rng.any_f64();
            check.push(format!("math.log({a})"), show(log(Real::Float(x), None), f));
            check.push(
                format!("math.log({a}, {})", lit(b)),
                show(log(Real::Float(x), Some(Real::Float(b))), f),
            );
            check.push(format!("math.log2({a})"), show(log2(Real::Float(x)), f));
            check.push(format!("math.log10({a})"), show(log10(Real::Float(x)), f));
            check.push(format!("math.log1p({a})"), show(log1p(x), f));
            let bits = rng.below(3000);
            let v = (BigInt::from(rng.next()) << bits) - BigInt::from(rng.below(3));
            let v = if rng.below(8) == 0 { -v } else { v };
            check.push(format!("math.log({v})"), show(log(Real::Int(&v), None), f));
            check.push(format!("math.log2({v})"), show(log2(Real::Int(&v)), f));
            check.push(format!("math.log10({v})"), show(log10(Real::Int(&v)), f));
            check.push(
                format!("math.log({v}, {a})"),
                show(log(Real::Int(&v), Some(Real::Float(x))), f),
            );
        }
        let one = BigInt::from(1);
        check.push(
            "math.log(10, 1)".into(),
            show(log(Real::Int(&BigInt::from(10)), Some(Real::Int(&one))), f),
        );
        check.run();
    }
}
