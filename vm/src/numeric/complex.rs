//! Complex multiplication, division, power and absolute value, computed exactly as CPython's
//! `complexobject.c` does (Smith's division, the integer-exponent fast path of `**` by
//! repeated squaring, and CPython's reading of the C library's `errno`), so results agree to
//! the bit, NaNs and infinities included.

use super::NumError;

/// A complex number as two doubles.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Complex {
    /// The real part.
    pub re: f64,
    /// The imaginary part.
    pub im: f64,
}

impl Complex {
    /// `re + im*j`.
    pub fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }
}

const ONE: Complex = Complex { re: 1.0, im: 0.0 };

/// `a * b` by the schoolbook formula (no special-casing of infinities, as in CPython).
pub fn complex_mul(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// Smith's algorithm: divide through by the larger of `b`'s parts to avoid spurious overflow.
/// `None` for a zero divisor.
fn quotient(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        // One of b's parts is a NaN.
        Some(Complex::new(f64::NAN, f64::NAN))
    }
}

/// `a / b`.
///
/// # Errors
/// `ZeroDivisionError("complex division by zero")`.
pub fn complex_div(a: Complex, b: Complex) -> Result<Complex, NumError> {
    quotient(a, b).ok_or_else(|| NumError::ZeroDivision("complex division by zero".into()))
}

fn zero_power() -> NumError {
    NumError::ZeroDivision("0.0 to a negative or complex power".into())
}

/// `x ** n` for `n >= 0` by binary powering.
fn power_unsigned(x: Complex, n: u32) -> Complex {
    let (mut r, mut p, mut n) = (ONE, x, n);
    while n > 0 {
        if n & 1 == 1 {
            r = complex_mul(r, p);
        }
        n >>= 1;
        p = complex_mul(p, p);
    }
    r
}

/// The general power through polar form. `Err` when the phase became infinite: there the C
/// library's `cos`/`sin` set `errno` to `EDOM`, which CPython reports as a zero-power error.
fn power_polar(a: Complex, b: Complex) -> Result<Complex, NumError> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(ONE);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(zero_power());
        }
        return Ok(Complex::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    if phase.is_infinite() {
        return Err(zero_power());
    }
    Ok(Complex::new(len * phase.cos(), len * phase.sin()))
}

/// `a ** b`. Integral real exponents up to 100 in magnitude use repeated squaring (faster and
/// more accurate), as CPython does.
///
/// # Errors
/// `ZeroDivisionError("0.0 to a negative or complex power")`;
/// `OverflowError("complex exponentiation")` when a part of the result is infinite.
pub fn complex_pow(a: Complex, b: Complex) -> Result<Complex, NumError> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i32;
        if n > 0 {
            power_unsigned(a, n.unsigned_abs())
        } else {
            quotient(ONE, power_unsigned(a, n.unsigned_abs())).ok_or_else(zero_power)?
        }
    } else {
        power_polar(a, b)?
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(NumError::Overflow("complex exponentiation".into()));
    }
    Ok(r)
}

/// `abs(z)`: infinite if either part is (even with a NaN beside it), else `hypot`.
///
/// # Errors
/// `OverflowError("absolute value too large")` when finite parts overflow.
pub fn complex_abs(z: Complex) -> Result<f64, NumError> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return Ok(z.re.abs());
        }
        if z.im.is_infinite() {
            return Ok(z.im.abs());
        }
        return Ok(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    if r.is_infinite() {
        return Err(NumError::Overflow("absolute value too large".into()));
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pyref::{self, f, lit, show};

    fn c(z: Complex) -> String {
        format!("c{}{}", f(z.re), f(z.im))
    }

    fn pylit(z: Complex) -> String {
        format!("complex({}, {})", lit(z.re), lit(z.im))
    }

    #[test]
    fn matches_python() {
        let mut rng = pyref::Rng::new(73);
        let (mut exprs, mut ours) = (Vec::new(), Vec::new());
        let any = |rng: &mut pyref::Rng| {
            let pick = rng.below(4);
            let re = rng.any_f64();
            let im = if pick == 0 { 0.0 } else { rng.any_f64() };
            Complex::new(re, im)
        };
        for i in 0..4000 {
            let (a, b) = (any(&mut rng), any(&mut rng));
            exprs.push(format!("{} * {}", pylit(a), pylit(b)));
            ours.push(c(complex_mul(a, b)));
            exprs.push(format!("{} / {}", pylit(a), pylit(b)));
            ours.push(show(complex_div(a, b), c));
            let e = if i % 2 == 0 {
                Complex::new(rng.below(240) as f64 - 120.0, 0.0)
            } else {
                b
            };
            exprs.push(format!("{} ** {}", pylit(a), pylit(e)));
            ours.push(show(complex_pow(a, e), c));
            exprs.push(format!("abs({})", pylit(a)));
            ours.push(show(complex_abs(a), f));
        }
        for (a, b) in [
            ((0.0, 0.0), (-1.0, 0.0)),
            ((0.0, 0.0), (0.0, 1.0)),
            ((0.0, 0.0), (0.5, 0.0)),
            ((1e300, 1e300), (2.0, 0.0)),
            ((2.0, 1.0), (1e308, 0.5)),
            ((1.5, 0.0), (1e308, 0.0)),
            ((1e308, 1e308), (0.0, 0.0)),
        ] {
            let (a, b) = (Complex::new(a.0, a.1), Complex::new(b.0, b.1));
            exprs.push(format!("{} ** {}", pylit(a), pylit(b)));
            ours.push(show(complex_pow(a, b), c));
        }
        exprs.push("abs(complex(1e308, 1e308))".into());
        ours.push(show(complex_abs(Complex::new(1e308, 1e308)), f));
        pyref::assert_same_any_nan(&exprs, &ours);
    }
}
