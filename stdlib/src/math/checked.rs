//! CPython's rules for turning a C library result into a Python error (`math_1`, `math_2`):
//! the C functions signal trouble only through NaN and infinite results, so the inputs decide
//! whether such a result is a domain error, a pole or an overflow.

use weft_vm::numeric::NumError;

pub(crate) fn domain_error() -> NumError {
    NumError::Value("math domain error".into())
}

pub(crate) fn range_error() -> NumError {
    NumError::Overflow("math range error".into())
}

/// `math_1`: a NaN from a non-NaN argument is a domain error; an infinity from a finite one is
/// an overflow if `can_overflow`, otherwise a pole (domain error).
pub(crate) fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> Result<f64, NumError> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(r)
}

/// `math_2`: as `math_1` for two arguments, where an infinity from finite ones is an overflow.
pub(crate) fn math_2(x: f64, y: f64, f: fn(f64, f64) -> f64) -> Result<f64, NumError> {
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(r)
}
