//! `round(float)` and `round(float, ndigits)`.
//!
//! CPython rounds to `ndigits` decimal places by producing the correctly rounded decimal string
//! (`_Py_dg_dtoa` mode 3, ties to even on the exact binary value) and reading it back with a
//! correctly rounded `strtod`. Both steps are done here exactly with integers: the double is
//! `m * 2**e`, so `round_half_even(m * 2**e * 10**n)` is an integer division, and reading
//! `q * 10**-n` back is one correctly rounded ratio.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Pow};

use super::int_float::{decompose, f64_to_bigint, ratio_to_f64};
use super::NumError;

/// `round(x)`: the nearest integer, ties to even.
///
/// # Errors
/// `OverflowError("cannot convert float infinity to integer")` and
/// `ValueError("cannot convert float NaN to integer")`.
pub fn float_round_to_int(x: f64) -> Result<BigInt, NumError> {
    let mut rounded = x.round();
    if (x - rounded).abs() == 0.5 {
        rounded = 2.0 * (x / 2.0).round();
    }
    f64_to_bigint(rounded)
}

/// CPython's bounds beyond which the answer is `x` itself or a signed zero:
/// `(int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103)` and `-(int)((DBL_MAX_EXP + 1) * 0.30103)`.
const NDIGITS_MAX: i64 = 323;
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)`. The vm clamps an `ndigits` outside the `i64` range to its ends, as
/// CPython's `PyNumber_AsSsize_t(ndigits, NULL)` does.
///
/// # Errors
/// `OverflowError("rounded value too large to represent")` when rounding up a huge value to a
/// multiple of a power of ten overflows.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, NumError> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (m, e) = decompose(x);
    let ten_n = BigUint::from(10u32).pow(ndigits.unsigned_abs());
    let mut num = BigUint::from(m.unsigned_abs());
    let mut den = BigUint::one();
    if ndigits >= 0 {
        num *= &ten_n;
    } else {
        den *= &ten_n;
    }
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let q = round_half_even(&num, &den);
    let magnitude = if ndigits >= 0 {
        ratio_to_f64(&q, &ten_n)
    } else {
        ratio_to_f64(&(q * ten_n), &BigUint::one())
    }
    .ok_or_else(|| NumError::Overflow("rounded value too large to represent".into()))?;
    Ok(magnitude.copysign(x))
}

/// `num / den` rounded to the nearest integer, ties to even.
fn round_half_even(num: &BigUint, den: &BigUint) -> BigUint {
    let (q, r) = num.div_rem(den);
    let twice = r << 1u32;
    if twice > *den || (twice == *den && q.bit(0)) {
        q + 1u32
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pyref::{self, f, lit, show};

    #[test]
    fn matches_python() {
        let mut rng = pyref::Rng::new(13);
        let (mut exprs, mut ours) = (Vec::new(), Vec::new());
        for i in 0..4000 {
            let x = if i % 4 == 0 {
                // Short decimals with a trailing 5: the halfway-looking cases.
                (rng.below(2_000_000) as f64 - 1e6 + 0.5) / 10f64.powi(rng.below(6) as i32)
            } else {
                rng.any_f64()
            };
            let n = match rng.below(4) {
                0 => rng.below(20) as i64 - 10,
                1 => rng.below(700) as i64 - 350,
                2 => [0, 1, 2, 323, 324, -308, -309, 22, -22][rng.below(9) as usize],
                _ => rng.below(8) as i64,
            };
            exprs.push(format!("round({}, {n})", lit(x)));
            ours.push(show(float_round(x, n), f));
            exprs.push(format!("round({})", lit(x)));
            ours.push(show(float_round_to_int(x), |v| v.to_string()));
        }
        exprs.push("round(1.7976931348623157e308, -308)".into());
        ours.push(show(float_round(f64::MAX, -308), f));
        exprs.push("round(-1e308, -308)".into());
        ours.push(show(float_round(-1e308, -308), f));
        pyref::assert_same(&exprs, &ours);
    }
}
