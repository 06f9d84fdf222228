//! Inverse hyperbolic functions. CPython calls the C library's; Rust's `f64::asinh` and
//! friends use different formulas and so differ in the last bit, so these follow glibc's
//! (fdlibm's) case splits, built on the C library's `log`, `log1p` and `sqrt`.

use weft_vm::numeric::NumError;

use super::checked::math_1;

const LN2: f64 = std::f64::consts::LN_2;
/// 2**28: beyond it, `x*x` swamps the constant terms.
const TWO_28: f64 = 268_435_456.0;

/// The upper 32 bits of the representation, as fdlibm compares them.
fn high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32 & 0x7fff_ffff
}

/// `asinh` without error checks (`cmath` uses it inside its formulas).
pub(crate) fn asinh_raw(x: f64) -> f64 {
    let ix = high_word(x);
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    if ix < 0x3e30_0000 {
        // |x| < 2**-28: asinh(x) == x to double precision.
        return x;
    }
    let ax = x.abs();
    let w = if ix > 0x41b0_0000 {
        ax.ln() + LN2
    } else if ix > 0x4000_0000 {
        (2.0 * ax + 1.0 / ((x * x + 1.0).sqrt() + ax)).ln()
    } else {
        let t = x * x;
        (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// glibc's 64-bit variant compares whole representations, so its "x > 2" branch starts right
/// after 2.0 (fdlibm's high-word test would start a little later).
fn acosh_raw(x: f64) -> f64 {
    if x > 2.0 {
        if x >= TWO_28 {
            return if x.is_finite() { x.ln() + LN2 } else { x + x };
        }
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else if x > 1.0 {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    } else if x == 1.0 {
        0.0
    } else if x.is_nan() {
        x + x
    } else {
        // x < 1: invalid.
        f64::NAN
    }
}

fn atanh_raw(x: f64) -> f64 {
    let ax = x.abs();
    let t = if ax < 0.5 {
        if ax < 1.0 / TWO_28 {
            return x;
        }
        let t = ax + ax;
        0.5 * (t + t * ax / (1.0 - ax)).ln_1p()
    } else if ax < 1.0 {
        0.5 * ((ax + ax) / (1.0 - ax)).ln_1p()
    } else if x.is_nan() {
        return x + x;
    } else if ax > 1.0 {
        return f64::NAN;
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}

/// `math.asinh(x)`.
///
/// # Errors
/// None in practice (NaN in, NaN out).
pub fn asinh(x: f64) -> Result<f64, NumError> {
    math_1(x, asinh_raw, false)
}

/// `math.acosh(x)`.
///
/// # Errors
/// `ValueError("math domain error")` for `x < 1`.
pub fn acosh(x: f64) -> Result<f64, NumError> {
    math_1(x, acosh_raw, false)
}

/// `math.atanh(x)`.
///
/// # Errors
/// `ValueError("math domain error")` for `|x| >= 1`.
pub fn atanh(x: f64) -> Result<f64, NumError> {
    math_1(x, atanh_raw, false)
}

#[cfg(test)]
mod tests {
    use super::super::pyref::{f, lit, show, Check, Rng};
    use super::*;

    #[test]
    fn matches_python() {
        let mut rng = Rng::new(43);
        let mut check = Check::default();
        for i in 0..6000 {
            let x = match i % 4 {
                0 => 1.0 + rng.any_f64().abs(),
                1 => rng.any_f64() * 1e-3,
                _ => rng.any_f64(),
            };
            check.push(format!("math.asinh({})", lit(x)), show(asinh(x), f));
            check.push(format!("math.acosh({})", lit(x)), show(acosh(x), f));
            check.push(format!("math.atanh({})", lit(x)), show(atanh(x), f));
        }
        check.run();
    }
}
