//! Exponentials, powers, roots and trigonometric functions: the C library's results (through
//! Rust's `f64` methods, which call it) with CPython's error rules.

use weft_vm::numeric::NumError;

use weft_vm::numeric::float_parts::{frexp, ldexp};

use super::checked::{domain_error, math_1, math_2, range_error};

macro_rules! libm_1 {
    ($($(#[$doc:meta])* $name:ident => $f:expr, $can_overflow:expr;)*) => {$(
        $(#[$doc])*
        ///
        /// # Errors
        /// `ValueError("math domain error")` or `OverflowError("math range error")`, by
        /// CPython's `math_1` rules.
        pub fn $name(x: f64) -> Result<f64, NumError> {
            math_1(x, $f, $can_overflow)
        }
    )*};
}

libm_1! {
    /// `math.acos(x)`.
    acos => f64::acos, false;
    /// `math.asin(x)`.
    asin => f64::asin, false;
    /// `math.atan(x)`.
    atan => f64::atan, false;
    /// `math.cbrt(x)`.
    cbrt => cube_root, false;
    /// `math.cos(x)`.
    cos => f64::cos, false;
    /// `math.cosh(x)`.
    cosh => f64::cosh, true;
    /// `math.exp(x)`.
    exp => f64::exp, true;
    /// `math.exp2(x)`.
    exp2 => f64::exp2, true;
    /// `math.expm1(x)`.
    expm1 => f64::exp_m1, true;
    /// `math.sin(x)`.
    sin => f64::sin, false;
    /// `math.sinh(x)`.
    sinh => f64::sinh, true;
    /// `math.sqrt(x)`.
    sqrt => f64::sqrt, false;
    /// `math.tan(x)`.
    tan => f64::tan, false;
    /// `math.tanh(x)`.
    tanh => f64::tanh, false;
}

/// glibc's `cbrt`: a polynomial first guess on the mantissa in [0.5, 1), one Halley step, and
/// the exponent's cube root from a table. (Rust's `f64::cbrt` may resolve to a different
/// implementation and differ in the last bit.)
fn cube_root(x: f64) -> f64 {
    const C: fn(u64) -> f64 = f64::from_bits;
    let (xm, xe) = frexp(x.abs());
    if xe == 0 && (x == 0.0 || !x.is_finite()) {
        return x + x;
    }
    let u = C(0x3FD6_B69C_BA16_8FF2)
        + (C(0x3FF8_218D_DE90_28B4)
            + (C(0xC000_EB82_77CD_8D5D)
                + (C(0x4003_9350_ADAD_51EC)
                    + (C(0xBFFD_5AE6_CFA2_0F0C)
                        + (C(0x3FE9_1E2A_6FE7_E984) + C(0xBFC2_9801_E893_366D) * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    // 2**(k/3) for k in -2..=2.
    let factor = [
        C(0x3FE4_28A2_F98D_728A),
        C(0x3FE9_65FE_A53D_6E3C),
        1.0,
        C(0x3FF4_28A2_F98D_728B),
        C(0x3FF9_65FE_A53D_6E3D),
    ];
    let t2 = u * u * u;
    // Rust's `%` and `/` truncate toward zero like C's, which the table index relies on.
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, i64::from(xe / 3))
}

/// `math.atan2(y, x)`, with the C99 special values settled before the C library sees them.
///
/// # Errors
/// None in practice (kept for CPython's `math_2` contract).
pub fn atan2(y: f64, x: f64) -> Result<f64, NumError> {
    math_2(y, x, special_atan2)
}

fn special_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        let angle = if x.is_infinite() {
            if x > 0.0 {
                0.25 * PI
            } else {
                0.75 * PI
            }
        } else {
            0.5 * PI
        };
        return angle.copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// `math.pow(x, y)`: C99 Annex F's special values, the C library's `pow` otherwise.
///
/// # Errors
/// `ValueError("math domain error")` for a negative base with a non-integral exponent and for
/// zero to a negative power; `OverflowError("math range error")` on overflow.
pub fn pow(x: f64, y: f64) -> Result<f64, NumError> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            domain_error()
        } else {
            range_error()
        });
    }
    Ok(r)
}

/// `math.degrees(x)`: multiplies by CPython's rounded `180 / pi`.
pub fn degrees(x: f64) -> f64 {
    x * (180.0 / std::f64::consts::PI)
}

/// `math.radians(x)`: multiplies by CPython's rounded `pi / 180`.
pub fn radians(x: f64) -> f64 {
    x * (std::f64::consts::PI / 180.0)
}

#[cfg(test)]
mod tests {
    use super::super::pyref::{f, lit, show, Check, Rng};
    use super::*;

    #[test]
    fn matches_python() {
        type F1 = fn(f64) -> Result<f64, NumError>;
        let one: [(&str, F1); 14] = [
            ("acos", acos),
            ("asin", asin),
            ("atan", atan),
            ("cbrt", cbrt),
            ("cos", cos),
            ("cosh", cosh),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("sin", sin),
            ("sinh", sinh),
            ("sqrt", sqrt),
            ("tan", tan),
            ("tanh", tanh),
        ];
        let mut rng = Rng::new(41);
        let mut check = Check::default();
        for _ in 0..1500 {
            let (x, y) = (rng.any_f64(), rng.any_f64());
            for (name, func) in one {
                check.push(format!("math.{name}({})", lit(x)), show(func(x), f));
            }
            check.push(
                format!("math.atan2({}, {})", lit(x), lit(y)),
                show(atan2(x, y), f),
            );
            check.push(
                format!("math.pow({}, {})", lit(x), lit(y)),
                show(pow(x, y), f),
            );
            let small = (rng.below(20) as f64 - 10.0) / 2.0;
            check.push(
                format!("math.pow({}, {small:?})", lit(x)),
                show(pow(x, small), f),
            );
            check.push(format!("math.degrees({})", lit(x)), f(degrees(x)));
            check.push(format!("math.radians({})", lit(x)), f(radians(x)));
        }
        check.run();
    }
}
