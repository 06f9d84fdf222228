//! The C library's exact float decompositions (`frexp`, `ldexp`, `nextafter`), written on the
//! bit pattern so that they are exact and identical on every platform.

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`; zeros, infinities and NaN
/// come back unchanged with `e == 0`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        // Normalise a subnormal first (exact).
        (x * f64::from_bits((1023 + 64) << 52), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, biased - 1022 + bias)
}

/// `ldexp(x, e)`: `x * 2**e` rounded once, to nearest with ties to even (so subnormal results
/// are correctly rounded); overflow gives a signed infinity.
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, ex) = frexp(x);
    // Saturation keeps the arithmetic in range; such exponents over- or underflow anyway.
    let t = e.clamp(-1 << 20, 1 << 20) + i64::from(ex);
    if t > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if t >= -1021 {
        // 2m is in [1, 2) and 2**(t-1) is a normal power: the product is exact.
        return (2.0 * m) * f64::from_bits(((1023 + t - 1) as u64) << 52);
    }
    // Subnormal result: round the 53-bit mantissa to the bits that remain.
    let mant = ((m.abs() * f64::from_bits((1023 + 53) << 52)) as u64) as u128;
    let drop = (53 - (t + 1074)) as u32; // bits below 2**-1074; at least 1
    if drop > 60 {
        return 0f64.copysign(x);
    }
    let kept = mant >> drop;
    let rest = mant & ((1u128 << drop) - 1);
    let half = 1u128 << (drop - 1);
    let kept = if rest > half || (rest == half && kept & 1 == 1) {
        kept + 1
    } else {
        kept
    };
    // A carry into bit 52 yields the smallest normal, whose pattern is the same integer.
    f64::from_bits(kept as u64).copysign(x)
}

/// `nextafter(x, y)`: the next double after `x` toward `y`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pyref::{self, f, lit};

    #[test]
    fn matches_python() {
        let mut rng = pyref::Rng::new(37);
        let (mut exprs, mut ours) = (Vec::new(), Vec::new());
        for _ in 0..4000 {
            let (x, y) = (rng.any_f64(), rng.any_f64());
            let e = rng.below(2400) as i64 - 1200;
            exprs.push(format!("math.ldexp({}, {e})", lit(x)));
            let r = ldexp(x, e);
            ours.push(if r.is_infinite() && x.is_finite() {
                "!OverflowError: math range error".into()
            } else {
                f(r)
            });
            exprs.push(format!("math.frexp({})", lit(x)));
            let (m, e) = frexp(x);
            ours.push(format!("({},{e})", f(m)));
            exprs.push(format!("math.nextafter({}, {})", lit(x), lit(y)));
            ours.push(f(nextafter(x, y)));
        }
        pyref::assert_same(&exprs, &ours);
    }
}
