//! IEEE 754 half precision (the `e` code), as CPython's `PyFloat_Pack2`/`PyFloat_Unpack2`: round half
//! to even, gradual underflow, overflow refused.

/// `(m, e)` with `x == m * 2**e` and `0.5 <= m < 1`, for a finite positive `x`.
fn frexp(x: f64) -> (f64, i32) {
    let (x, adjust) = if x < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e + adjust)
}

/// The half-precision bits of `x`, or `None` when it is too large.
pub(crate) fn pack(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 1 } else { 0 };
    if x.is_nan() {
        return Some((sign << 15) | 0x7e00);
    }
    if x.is_infinite() {
        return Some((sign << 15) | 0x7c00);
    }
    if x == 0.0 {
        return Some(sign << 15);
    }
    let (mut f, mut e) = frexp(x.abs());
    f *= 2.0;
    e -= 1;
    if e >= 16 {
        return None;
    } else if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        f *= 2f64.powi(14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    let mut bits = f as u16;
    let rest = f - f64::from(bits);
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return None;
            }
        }
    }
    Some(bits | ((e as u16) << 10) | (sign << 15))
}

/// The value of half-precision bits `p`.
pub(crate) fn unpack(p: u16) -> f64 {
    let negative = p >> 15 == 1;
    let e = i32::from((p & 0x7c00) >> 10);
    let f = u32::from(p & 0x3ff);
    let x = if e == 0x1f {
        if f == 0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        f64::from(f) / 1024.0 * 2f64.powi(-14)
    } else {
        (1.0 + f64::from(f) / 1024.0) * 2f64.powi(e - 15)
    };
    if negative {
        -x
    } else {
        x
    }
}
