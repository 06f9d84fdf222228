//! Python's float arithmetic where it differs from IEEE 754: `/`, `//`, `%` and `divmod` keep
//! the sign of the divisor and raise on zero, and `**` follows `float_pow`'s special cases.

use super::NumError;

/// `x / y`.
///
/// # Errors
/// `ZeroDivisionError("float division by zero")` when `y` is zero.
pub fn float_true_divide(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision("float division by zero".into()));
    }
    Ok(x / y)
}

/// `x // y`.
///
/// # Errors
/// `ZeroDivisionError("float floor division by zero")` when `y` is zero.
pub fn float_floor_divide(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision(
            "float floor division by zero".into(),
        ));
    }
    Ok(div_mod(x, y).0)
}

/// `x % y`: the result has the sign of `y` (zero included).
///
/// # Errors
/// `ZeroDivisionError("float modulo")` when `y` is zero.
pub fn float_mod(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision("float modulo".into()));
    }
    Ok(python_mod(x, y))
}

/// `divmod(x, y)`.
///
/// # Errors
/// `ZeroDivisionError("float divmod()")` when `y` is zero.
pub fn float_divmod(x: f64, y: f64) -> Result<(f64, f64), NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision("float divmod()".into()));
    }
    Ok(div_mod(x, y))
}

/// The remainder with the divisor's sign. `fmod` (Rust's `%`) is exact, so only the sign
/// needs fixing; a zero remainder takes the divisor's sign explicitly because `fmod` gives it
/// the dividend's.
fn python_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m == 0.0 {
        0f64.copysign(y)
    } else if (y < 0.0) != (m < 0.0) {
        m + y
    } else {
        m
    }
}

/// CPython's `_float_div_mod`: the quotient is computed from the exact remainder and then
/// snapped to the nearest integer, because `x - mod` divided by `y` may land just beside it.
fn div_mod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m == 0.0 {
        m = 0f64.copysign(y);
    } else if (y < 0.0) != (m < 0.0) {
        m += y;
        div -= 1.0;
    }
    let floordiv = if div == 0.0 {
        // Same sign as the true quotient.
        0f64.copysign(x / y)
    } else {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    };
    (floordiv, m)
}

/// The outcome of `x ** y` for floats.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FloatPower {
    /// The float result.
    Float(f64),
    /// A negative base with a non-integral exponent: Python's answer is complex, so the vm
    /// computes `complex(x) ** complex(y)` (see `complex::complex_pow`).
    Complex,
}

/// `x ** y` with CPython's `float_pow` special cases (which settle every NaN, infinity, zero
/// and negative-base case before `pow` runs, so the platform `pow` only sees the easy ones).
///
/// # Errors
/// `ZeroDivisionError("0.0 cannot be raised to a negative power")` for a zero base and negative
/// exponent; [`NumError::Range`] (`OverflowError(34, 'Numerical result out of range')`) when the result overflows.
pub fn float_pow(x: f64, y: f64) -> Result<FloatPower, NumError> {
    use FloatPower::Float;
    if y == 0.0 {
        return Ok(Float(1.0));
    }
    if x.is_nan() {
        return Ok(Float(x));
    }
    if y.is_nan() {
        return Ok(Float(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(Float(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(Float(match (y > 0.0, odd) {
            (true, true) => x,
            (true, false) => x.abs(),
            (false, true) => 0f64.copysign(x),
            (false, false) => 0.0,
        }));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(NumError::ZeroDivision(
                "0.0 cannot be raised to a negative power".into(),
            ));
        }
        return Ok(Float(if is_odd_integer(y) { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            return Ok(FloatPower::Complex);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(NumError::Range);
    }
    Ok(Float(if negate { -r } else { r }))
}

/// CPython's `DOUBLE_IS_ODD_INTEGER`.
fn is_odd_integer(y: f64) -> bool {
    y.abs() % 2.0 == 1.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pyref::{self, f, lit, show};

    #[test]
    fn division_family_matches_python() {
        let mut rng = pyref::Rng::new(7);
        let (mut exprs, mut ours) = (Vec::new(), Vec::new());
        for _ in 0..3000 {
            let (x, y) = (rng.any_f64(), rng.any_f64());
            let (a, b) = (lit(x), lit(y));
            exprs.push(format!("{a} / {b}"));
            ours.push(show(float_true_divide(x, y), f));
            exprs.push(format!("{a} // {b}"));
            ours.push(show(float_floor_divide(x, y), f));
            exprs.push(format!("{a} % {b}"));
            ours.push(show(float_mod(x, y), f));
            exprs.push(format!("divmod({a}, {b})"));
            ours.push(show(float_divmod(x, y), |(q, r)| {
                format!("({},{})", f(q), f(r))
            }));
        }
        pyref::assert_same(&exprs, &ours);
    }

    #[test]
    fn pow_matches_python() {
        let mut rng = pyref::Rng::new(11);
        let (mut exprs, mut ours) = (Vec::new(), Vec::new());
        let specials = [
            0.5, 2.0, -1.0, 3.0, -3.0, 0.0, -0.0, 1e-3, 400.0, -400.0, 1.5,
        ];
        for i in 0..4000 {
            let x = rng.any_f64();
            let y = if i % 2 == 0 {
                specials[rng.below(specials.len() as u64) as usize]
            } else {
                rng.any_f64()
            };
            exprs.push(format!("{} ** {}", lit(x), lit(y)));
            ours.push(show(float_pow(x, y), |p| match p {
                FloatPower::Float(r) => f(r),
                FloatPower::Complex => "complex".into(),
            }));
        }
        // Python computes the complex result; only the decision is checked here.
        let theirs = pyref::eval_all("", &exprs);
        for ((e, a), b) in exprs.iter().zip(&ours).zip(&theirs) {
            if a == "complex" {
                let overflow = b == "!OverflowError: complex exponentiation";
                assert!(b.starts_with('c') || overflow, "{e}: python gave {b}");
            } else {
                assert_eq!(a, b, "{e}");
            }
        }
    }
}
