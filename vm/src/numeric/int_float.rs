//! Exact conversions and comparisons between `int` and `float`.
//!
//! CPython never loses precision silently here: `int / int` is correctly rounded however large
//! the operands, `int == float` compares exact values (so `2**53 + 1 != 2.0**53`), and
//! `float.as_integer_ratio` is exact. These functions do the same with `BigInt` arithmetic.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint};
use num_traits::{One, Signed, Zero};

use super::float_parts::ldexp;
use super::NumError;
use crate::format::{int_to_f64, IntRef};

/// `float(v)`, correctly rounded (ties to even).
///
/// # Errors
/// `OverflowError("int too large to convert to float")`.
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, NumError> {
    int_to_f64(IntRef::Big(v))
}

/// A finite double as `mantissa * 2**exponent` with an integer mantissa of at most 53 bits
/// (negative for negative doubles, zero for zeros).
pub fn decompose(x: f64) -> (i64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = (bits & ((1 << 52) - 1)) as i64;
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    if x.is_sign_negative() {
        (-mantissa, exponent)
    } else {
        (mantissa, exponent)
    }
}

/// `int(x)`: truncation toward zero.
///
/// # Errors
/// `OverflowError("cannot convert float infinity to integer")` and
/// `ValueError("cannot convert float NaN to integer")`.
pub fn f64_to_bigint(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(NumError::Value(
            "cannot convert float NaN to integer".into(),
        ));
    }
    if x.is_infinite() {
        return Err(NumError::Overflow(
            "cannot convert float infinity to integer".into(),
        ));
    }
    Ok(exact_integer(x.trunc()))
}

/// The exact value of a finite, integral double.
fn exact_integer(x: f64) -> BigInt {
    let (m, e) = decompose(x);
    if e >= 0 {
        BigInt::from(m) << e as u32
    } else {
        BigInt::from(m >> (-e).min(63))
    }
}

/// Compares an int with a float by exact value, as CPython's `float_richcompare` does; `None`
/// when `x` is NaN (every comparison is then false except `!=`).
pub fn compare_int_float(i: &BigInt, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let floor = x.floor();
    let ord = i.cmp(&exact_integer(floor));
    // A fractional x lies strictly between floor(x) and floor(x) + 1.
    Some(if floor != x && ord == Ordering::Equal {
        Ordering::Less
    } else {
        ord
    })
}

/// `a / b` for ints, correctly rounded however large `a` and `b` are (CPython's
/// `long_true_divide`).
///
/// # Errors
/// `ZeroDivisionError("division by zero")`;
/// `OverflowError("integer division result too large for a float")`.
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision("division by zero".into()));
    }
    let negative = a.is_negative() != b.is_negative();
    let magnitude = ratio_to_f64(a.magnitude(), b.magnitude()).ok_or_else(|| {
        NumError::Overflow("integer division result too large for a float".into())
    })?;
    Ok(if negative { -magnitude } else { magnitude })
}

/// `num / den` (with `den > 0`) rounded to the nearest double, ties to even, subnormals
/// included; `None` when it rounds beyond the largest finite double.
///
/// The quotient is computed with at least two bits below the result's last place and a sticky
/// remainder, so one integer rounding step gives the correctly rounded result; scaling by the
/// power of two afterwards is exact.
pub fn ratio_to_f64(num: &BigUint, den: &BigUint) -> Option<f64> {
    if num.is_zero() {
        return Some(0.0);
    }
    let diff = num.bits() as i64 - den.bits() as i64;
    // num/den lies in (2**(diff-1), 2**(diff+1)).
    if diff > 1025 {
        return None;
    }
    if diff < -1080 {
        return Some(0.0);
    }
    let shift = (diff - 56).max(-1076);
    let (q, r) = if shift >= 0 {
        num_integer::Integer::div_rem(num, &(den << shift as u64))
    } else {
        num_integer::Integer::div_rem(&(num << (-shift) as u64), den)
    };
    let top = q.bits() as i64 - 1 + shift;
    let ulp = (top - 52).max(-1074);
    let extra = (ulp - shift) as u64;
    let low_mask = (BigUint::one() << extra) - 1u32;
    let low = &q & &low_mask;
    let half = BigUint::one() << (extra - 1);
    let mut kept = q >> extra;
    let odd = kept.bit(0);
    if low > half || (low == half && (!r.is_zero() || odd)) {
        kept += 1u32;
    }
    let kept = u64::try_from(&kept).ok()? as f64;
    let value = ldexp(kept, ulp);
    value.is_finite().then_some(value)
}

/// `x.as_integer_ratio()`: the exact value as a fraction in lowest terms, positive denominator.
///
/// # Errors
/// `OverflowError("cannot convert Infinity to integer ratio")` and
/// `ValueError("cannot convert NaN to integer ratio")`.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), NumError> {
    if x.is_nan() {
        return Err(NumError::Value(
            "cannot convert NaN to integer ratio".into(),
        ));
    }
    if x.is_infinite() {
        return Err(NumError::Overflow(
            "cannot convert Infinity to integer ratio".into(),
        ));
    }
    let (m, e) = decompose(x);
    if m == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    if e >= 0 {
        return Ok((BigInt::from(m) << e as u32, BigInt::one()));
    }
    let twos = (m.trailing_zeros() as i32).min(-e);
    Ok((BigInt::from(m >> twos), BigInt::one() << (-e - twos) as u32))
}

/// `x.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pyref::{self, f, lit, show};

    fn ordering(o: Option<Ordering>) -> String {
        match o {
            None => "(False,False,False)".into(),
            Some(o) => format!(
                "({},{},{})",
                py_bool(o == Ordering::Less),
                py_bool(o == Ordering::Equal),
                py_bool(o == Ordering::Greater)
            ),
        }
    }

    fn py_bool(b: bool) -> &'static str {
        if b {
            "True"
        } else {
            "False"
        }
    }

    #[test]
    fn true_division_and_conversions_match_python() {
        let mut rng = pyref::Rng::new(3);
        let (mut exprs, mut ours) = (Vec::new(), Vec::new());
        for i in 0..3000 {
            let a = rng.any_int(if i % 3 == 0 { 2200 } else { 120 });
            let b = rng.any_int(if i % 5 == 0 { 2200 } else { 100 });
            exprs.push(format!("{a} / {b}"));
            ours.push(show(int_true_divide(&a, &b), f));
            exprs.push(format!("float({a})"));
            ours.push(show(bigint_to_f64(&a), f));
            // Near-ties and subnormal results.
            let c = (&a << 1074u32) + BigInt::from(rng.below(3)) - 1;
            let d: BigInt = &b * 3 + 1;
            exprs.push(format!("{c} / ({b} << 1074 or 1)"));
            let den: BigInt = &b << 1074u32;
            let den = if den.is_zero() { BigInt::one() } else { den };
            ours.push(show(int_true_divide(&c, &den), f));
            exprs.push(format!("{a} / ({d} << 2000 or 1)"));
            let den: BigInt = &d << 2000u32;
            let den = if den.is_zero() { BigInt::one() } else { den };
            ours.push(show(int_true_divide(&a, &den), f));
        }
        pyref::assert_same(&exprs, &ours);
    }

    #[test]
    fn float_to_int_ratio_and_comparisons_match_python() {
        let mut rng = pyref::Rng::new(5);
        let (mut exprs, mut ours) = (Vec::new(), Vec::new());
        for _ in 0..3000 {
            let x = rng.any_f64();
            let l = lit(x);
            exprs.push(format!("int({l})"));
            ours.push(show(f64_to_bigint(x), |v| v.to_string()));
            exprs.push(format!("{l}.as_integer_ratio()"));
            ours.push(show(float_as_integer_ratio(x), |(n, d)| {
                format!("({n},{d})")
            }));
            exprs.push(format!("{l}.is_integer()"));
            ours.push(py_bool(float_is_integer(x)).into());
            let i = match f64_to_bigint(x) {
                Ok(v) => v + BigInt::from(rng.below(3)) - 1,
                Err(_) => rng.any_int(1100),
            };
            exprs.push(format!("(({i}) < {l}, ({i}) == {l}, ({i}) > {l})"));
            ours.push(ordering(compare_int_float(&i, x)));
        }
        pyref::assert_same(&exprs, &ours);
    }
}
