//! Functions that take floats apart or compare them: exact operations with no rounding
//! beyond what the C library specifies.

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use weft_vm::numeric::float_parts;
use weft_vm::numeric::NumError;

use super::checked::{domain_error, math_2, range_error};

/// `math.copysign(x, y)`.
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.fabs(x)`.
pub fn fabs(x: f64) -> f64 {
    x.abs()
}

/// `math.isfinite(x)`.
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

/// `math.isinf(x)`.
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

/// `math.isnan(x)`.
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

/// `math.frexp(x)`.
pub fn frexp(x: f64) -> (f64, i32) {
    float_parts::frexp(x)
}

/// `math.ldexp(x, i)`; the exponent is any int (CPython saturates it to a C `long`).
///
/// # Errors
/// `OverflowError("math range error")` when the result overflows.
pub fn ldexp(x: f64, i: &BigInt) -> Result<f64, NumError> {
    let e = i
        .to_i64()
        .unwrap_or(if i.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        });
    let r = float_parts::ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error());
    }
    Ok(r)
}

/// `math.modf(x)`: `(fractional part, integral part)`, both with the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let int = x.trunc();
    ((x - int).copysign(x), int)
}

/// `math.fmod(x, y)`: the C remainder, with the sign of `x`.
///
/// # Errors
/// `ValueError("math domain error")` for an infinite `x` or zero `y`.
pub fn fmod(x: f64, y: f64) -> Result<f64, NumError> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(r)
}

/// `math.remainder(x, y)`: IEEE 754 remainder, `x - n*y` for the nearest integer `n` (ties to
/// even). Always exact.
///
/// # Errors
/// `ValueError("math domain error")` for an infinite `x` or zero `y`.
pub fn remainder(x: f64, y: f64) -> Result<f64, NumError> {
    math_2(x, y, ieee_remainder)
}

fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        // Comparing m with ay - m (exact in every case that matters) avoids computing
        // 0.5 * ay, which may be inexact for subnormal ay.
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // A tie: pick the even multiple. fmod(0.5 * (ax - m), ay) is m for an odd
            // multiple and 0 for an even one, exactly.
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.nextafter(x, y)`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    float_parts::nextafter(x, y)
}

/// `math.ulp(x)`: the value of the least significant bit of `x`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = float_parts::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return x - float_parts::nextafter(x, f64::NEG_INFINITY);
    }
    up - x
}

/// `math.isclose(a, b, rel_tol=, abs_tol=)` (defaults `1e-09` and `0.0`).
///
/// # Errors
/// `ValueError("tolerances must be non-negative")`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> Result<bool, NumError> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(NumError::Value("tolerances must be non-negative".into()));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

#[cfg(test)]
mod tests {
    use super::super::pyref::{f, lit, show, Check, Rng};
    use super::*;

    fn py_bool(b: bool) -> String {
        if b { "True" } else { "False" }.into()
    }

    #[test]
    fn matches_python() {
        let mut rng = Rng::new(53);
        let mut check = Check::default();
        for _ in 0..3000 {
            let (x, y) = (rng.any_f64(), rng.any_f64());
            let (a, b) = (lit(x), lit(y));
            check.push(format!("math.copysign({a}, {b})"), f(copysign(x, y)));
            check.push(format!("math.fabs({a})"), f(fabs(x)));
            check.push(
                format!("(math.isfinite({a}), math.isinf({a}), math.isnan({a}))"),
                format!(
                    "({},{},{})",
                    py_bool(isfinite(x)),
                    py_bool(isinf(x)),
                    py_bool(isnan(x))
                ),
            );
            let (m, e) = frexp(x);
            check.push(format!("math.frexp({a})"), format!("({},{e})", f(m)));
            let i = num_bigint::BigInt::from(rng.below(2400) as i64 - 1200);
            check.push(format!("math.ldexp({a}, {i})"), show(ldexp(x, &i), f));
            let (fr, int) = modf(x);
            check.push(format!("math.modf({a})"), format!("({},{})", f(fr), f(int)));
            check.push(format!("math.fmod({a}, {b})"), show(fmod(x, y), f));
            check.push(
                format!("math.remainder({a}, {b})"),
                show(remainder(x, y), f),
            );
            let near = x * (1.0 + (rng.below(5) as f64 - 2.0) * 1e-10);
            check.push(
                format!("math.remainder({a}, {})", lit(near / 3.0)),
                show(remainder(x, near / 3.0), f),
            );
            check.push(format!("math.nextafter({a}, {b})"), f(nextafter(x, y)));
            check.push(format!("math.ulp({a})"), f(ulp(x)));
            check.push(
                format!(
                    "math.isclose({a}, {}, rel_tol=1e-9, abs_tol=1e-300)",
                    lit(near)
                ),
                show(isclose(x, near, 1e-9, 1e-300), py_bool),
            );
        }
        let big = num_bigint::BigInt::from(10).pow(30);
        check.push(format!("math.ldexp(1.0, {big})"), show(ldexp(1.0, &big), f));
        check.push(
            format!("math.ldexp(1.0, -{big})"),
            show(ldexp(1.0, &-big), f),
        );
        check.push(
            "math.isclose(1.0, 1.0, rel_tol=-1)".into(),
            show(isclose(1.0, 1.0, -1.0, 0.0), py_bool),
        );
        check.run();
    }
}
