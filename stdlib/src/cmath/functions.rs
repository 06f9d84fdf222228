//! The complex functions as CPython computes them: each returns its result with the `errno` CPython's
//! C code leaves behind (Annex G's divide-by-zero or invalid signal is `Dom`, overflow is `Range`),
//! which the natives turn into `ValueError` and `OverflowError`.
use super::special::{self, lookup};
use crate::math::asinh_raw as asinh;
use weft_vm::numeric::complex::Complex;

/// What CPython's `errno` holds after a function.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Errno {
    Ok,
    Dom,
    Range,
}

pub(crate) type Out = (Complex, Errno);

const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
const E: f64 = std::f64::consts::E;
const DBL_MIN: f64 = f64::MIN_POSITIVE;
/// Past this, intermediate results could overflow.
const LARGE: f64 = f64::MAX / 4.0;
/// 2**53 scales a subnormal into the normal range; half of it comes back from a square root.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

fn finite(z: Complex) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

fn c(re: f64, im: f64) -> Complex {
    Complex::new(re, im)
}

/// `x * 2**n`, exact as `ldexp` (`n` small enough for `2**n` to be a normal double).
fn ldexp(x: f64, n: i32) -> f64 {
    x * 2f64.powi(n)
}

/// `log1p`, keeping the sign of a zero.
fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

/// Multiplies by `i` (`(-im, re)`), the rotation the trigonometric functions are built from.
fn times_i(z: Complex) -> Complex {
    c(-z.im, z.re)
}

/// Multiplies by `-i`.
fn times_neg_i(z: Complex) -> Complex {
    c(z.im, -z.re)
}

pub(crate) fn sqrt(z: Complex) -> Out {
    if !finite(z) {
        return (lookup(&special::SQRT, z), Errno::Ok);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return (c(0.0, z.im), Errno::Ok);
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < DBL_MIN && ay < DBL_MIN {
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    let r = if z.re >= 0.0 {
        c(s, d.copysign(z.im))
    } else {
        c(d, s.copysign(z.im))
    };
    (r, Errno::Ok)
}

pub(crate) fn acos(z: Complex) -> Out {
    if !finite(z) {
        return (lookup(&special::ACOS, z), Errno::Ok);
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        c(
            z.im.abs().atan2(z.re),
            -((z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0).copysign(z.im),
        )
    } else {
        let s1 = sqrt(c(1.0 - z.re, -z.im)).0;
        let s2 = sqrt(c(1.0 + z.re, z.im)).0;
        c(
            2.0 * s1.re.atan2(s2.re),
            asinh(s2.re * s1.im - s2.im * s1.re),
        )
    };
    (r, Errno::Ok)
}

pub(crate) fn acosh(z: Complex) -> Out {
    if !finite(z) {
        return (lookup(&special::ACOSH, z), Errno::Ok);
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        c(
            (z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0,
            z.im.atan2(z.re),
        )
    } else {
        let s1 = sqrt(c(z.re - 1.0, z.im)).0;
        let s2 = sqrt(c(z.re + 1.0, z.im)).0;
        c(
            asinh(s1.re * s2.re + s1.im * s2.im),
            2.0 * s1.im.atan2(s2.re),
        )
    };
    (r, Errno::Ok)
}

pub(crate) fn asinh_c(z: Complex) -> Out {
    if !finite(z) {
        return (lookup(&special::ASINH, z), Errno::Ok);
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        c(re, z.im.atan2(z.re.abs()))
    } else {
        let s1 = sqrt(c(1.0 + z.im, -z.re)).0;
        let s2 = sqrt(c(1.0 - z.im, z.re)).0;
        c(
            asinh(s1.re * s2.im - s2.re * s1.im),
            z.im.atan2(s1.re * s2.re - s1.im * s2.im),
        )
    };
    (r, Errno::Ok)
}

/// `asin(z) = -i asinh(iz)`.
pub(crate) fn asin(z: Complex) -> Out {
    let (s, e) = asinh_c(times_i(z));
    (times_neg_i(s), e)
}

pub(crate) fn atanh(z: Complex) -> Out {
    if !finite(z) {
        return (lookup(&special::ATANH, z), Errno::Ok);
    }
    if z.re < 0.0 {
        let (r, e) = atanh(c(-z.re, -z.im));
        return (c(-r.re, -r.im), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        // atanh(z) ~ 1/z +/- i*pi/2 for large |z|.
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        let r = c(
            z.re / 4.0 / h / h,
            (std::f64::consts::PI / 2.0).copysign(z.im),
        );
        return (r, Errno::Ok);
    }
    if z.re == 1.0 && ay < DBL_MIN.sqrt() {
        if ay == 0.0 {
            return (c(f64::INFINITY, z.im), Errno::Dom);
        }
        let r = c(
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2f64.atan2(-ay) / 2.0).copysign(z.im),
        );
        return (r, Errno::Ok);
    }
    let one_minus = 1.0 - z.re;
    let r = c(
        log1p(4.0 * z.re / (one_minus * one_minus + ay * ay)) / 4.0,
        -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0,
    );
    (r, Errno::Ok)
}

/// `atan(z) = -i atanh(iz)`.
pub(crate) fn atan(z: Complex) -> Out {
    let (s, e) = atanh(times_i(z));
    (times_neg_i(s), e)
}

/// Errno after a hyperbolic function's finite computation: an infinite part is an overflow.
fn overflowed(r: Complex) -> Errno {
    if r.re.is_infinite() || r.im.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    }
}

/// `cosh(z)`; `sinh` differs in which of `cosh`/`sinh` of the real part goes where.
pub(crate) fn cosh(z: Complex) -> Out {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let sign = if z.re > 0.0 { 1.0 } else { -1.0 };
            c(
                f64::INFINITY.copysign(z.im.cos()),
                sign * f64::INFINITY.copysign(z.im.sin()),
            )
        } else {
            lookup(&special::COSH, z)
        };
        return (r, edom_if(z.im.is_infinite() && !z.re.is_nan()));
    }
    let r = if z.re.abs() > log_large() {
        // cosh(re) alone would overflow where cosh(z) need not.
        let x = z.re - 1f64.copysign(z.re);
        c(z.im.cos() * x.cosh() * E, z.im.sin() * x.sinh() * E)
    } else {
        c(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    (r, overflowed(r))
}

pub(crate) fn sinh(z: Complex) -> Out {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let sign = if z.re > 0.0 { 1.0 } else { -1.0 };
            c(
                sign * f64::INFINITY.copysign(z.im.cos()),
                f64::INFINITY.copysign(z.im.sin()),
            )
        } else {
            lookup(&special::SINH, z)
        };
        return (r, edom_if(z.im.is_infinite() && !z.re.is_nan()));
    }
    let r = if z.re.abs() > log_large() {
        let x = z.re - 1f64.copysign(z.re);
        c(z.im.cos() * x.sinh() * E, z.im.sin() * x.cosh() * E)
    } else {
        c(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    (r, overflowed(r))
}

pub(crate) fn tanh(z: Complex) -> Out {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let re = if z.re > 0.0 { 1.0 } else { -1.0 };
            c(re, 0f64.copysign(2.0 * z.im.sin() * z.im.cos()))
        } else {
            lookup(&special::TANH, z)
        };
        return (r, edom_if(z.im.is_infinite() && z.re.is_finite()));
    }
    let r = if z.re.abs() > log_large() {
        c(
            1f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        )
    } else {
        let tx = z.re.tanh();
        let ty = z.im.tan();
        let cx = 1.0 / z.re.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

fn edom_if(b: bool) -> Errno {
    if b {
        Errno::Dom
    } else {
        Errno::Ok
    }
}

/// `cos(z) = cosh(iz)`.
pub(crate) fn cos(z: Complex) -> Out {
    cosh(times_i(z))
}

/// `sin(z) = -i sinh(iz)`.
pub(crate) fn sin(z: Complex) -> Out {
    let (s, e) = sinh(times_i(z));
    (times_neg_i(s), e)
}

/// `tan(z) = -i tanh(iz)`.
pub(crate) fn tan(z: Complex) -> Out {
    let (s, e) = tanh(times_i(z));
    (times_neg_i(s), e)
}

pub(crate) fn exp(z: Complex) -> Out {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                c(
                    f64::INFINITY.copysign(z.im.cos()),
                    f64::INFINITY.copysign(z.im.sin()),
                )
            } else {
                c(0f64.copysign(z.im.cos()), 0f64.copysign(z.im.sin()))
            }
        } else {
            lookup(&special::EXP, z)
        };
        let dom = z.im.is_infinite() && (z.re.is_finite() || z.re == f64::INFINITY);
        return (r, edom_if(dom));
    }
    let r = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        c(l * z.im.cos() * E, l * z.im.sin() * E)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    (r, overflowed(r))
}

/// The natural logarithm, with rescaling where `hypot` would lose precision or overflow and
/// `log1p` where `|z|` is near 1.
pub(crate) fn log(z: Complex) -> Out {
    if !finite(z) {
        return (lookup(&special::LOG, z), Errno::Ok);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < DBL_MIN && ay < DBL_MIN {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN2
        } else {
            return (c(f64::NEG_INFINITY, z.im.atan2(z.re)), Errno::Dom);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    (c(re, z.im.atan2(z.re)), Errno::Ok)
}

pub(crate) fn log10(z: Complex) -> Out {
    let (r, e) = log(z);
    (c(r.re / LN10, r.im / LN10), e)
}

/// `abs(z)` (`_Py_c_abs`): an infinite part wins over a NaN; a finite `z` whose modulus
/// overflows is a range error.
pub(crate) fn abs(z: Complex) -> (f64, Errno) {
    if !finite(z) {
        if z.re.is_infinite() {
            return (z.re.abs(), Errno::Ok);
        }
        if z.im.is_infinite() {
            return (z.im.abs(), Errno::Ok);
        }
        return (f64::NAN, Errno::Ok);
    }
    let r = z.re.hypot(z.im);
    (
        r,
        if r.is_finite() {
            Errno::Ok
        } else {
            Errno::Range
        },
    )
}

/// `rect(r, phi)`, behaving like `exp(log(r) + i*phi)` (negated for negative `r`) on special values.
pub(crate) fn rect(r: f64, phi: f64) -> Out {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let sign = if r > 0.0 { 1.0 } else { -1.0 };
            c(
                sign * f64::INFINITY.copysign(phi.cos()),
                sign * f64::INFINITY.copysign(phi.sin()),
            )
        } else {
            lookup(&special::RECT, c(r, phi))
        };
        return (z, edom_if(r != 0.0 && !r.is_nan() && phi.is_infinite()));
    }
    if phi == 0.0 {
        return (c(r, r * phi), Errno::Ok);
    }
    (c(r * phi.cos(), r * phi.sin()), Errno::Ok)
}

/// `isclose(a, b)` for valid tolerances.
pub(crate) fn isclose(a: Complex, b: Complex, rel_tol: f64, abs_tol: f64) -> bool {
    if a.re == b.re && a.im == b.im {
        return true;
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return false;
    }
    let diff = abs(c(a.re - b.re, a.im - b.im)).0;
    diff <= rel_tol * abs(b).0 || diff <= rel_tol * abs(a).0 || diff <= abs_tol
}
