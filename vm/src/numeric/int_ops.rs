//! Python's integer operators where they differ from plain big-integer arithmetic: floor
//! division and modulo take the divisor's sign, `**` with a negative exponent is a float,
//! three-argument `pow` inverts for negative exponents, shifts reject negative counts, and
//! `round(int, -n)` rounds half to even.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use super::float_ops::{float_pow, FloatPower};
use super::int_float::bigint_to_f64;
use super::NumError;

/// The largest result, in bits, that `**` and `<<` try to build (8 GiB): beyond it CPython
/// would exhaust memory, so weft answers `MemoryError` at once instead of trying.
const MAX_RESULT_BITS: u64 = 1 << 36;

fn division_by_zero() -> NumError {
    NumError::ZeroDivision("integer division or modulo by zero".into())
}

/// `a // b`, rounding toward negative infinity.
///
/// # Errors
/// `ZeroDivisionError("integer division or modulo by zero")`.
pub fn int_floor_divide(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(division_by_zero());
    }
    Ok(a.div_floor(b))
}

/// `a % b`, with the sign of `b`.
///
/// # Errors
/// `ZeroDivisionError("integer modulo by zero")`.
pub fn int_mod(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision("integer modulo by zero".into()));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)`.
///
/// # Errors
/// `ZeroDivisionError("integer division or modulo by zero")`.
pub fn int_divmod(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), NumError> {
    if b.is_zero() {
        return Err(division_by_zero());
    }
    Ok(a.div_mod_floor(b))
}

/// The outcome of `int ** int`.
#[derive(Debug, Clone, PartialEq)]
pub enum IntPower {
    /// A non-negative exponent gives an int.
    Int(BigInt),
    /// A negative exponent gives a float, computed as `float(a) ** float(b)` like CPython.
    Float(f64),
}

/// `base ** exp` without a modulus.
///
/// # Errors
/// For negative exponents, the errors of converting to float and of [`float_pow`]
/// (`0 ** -1` is `ZeroDivisionError("0.0 cannot be raised to a negative power")`);
/// `MemoryError` for results too large to build.
pub fn int_pow(base: &BigInt, exp: &BigInt) -> Result<IntPower, NumError> {
    if exp.is_negative() {
        let r = float_pow(bigint_to_f64(base)?, bigint_to_f64(exp)?)?;
        // An integral exponent never makes the result complex.
        return Ok(IntPower::Float(match r {
            FloatPower::Float(v) => v,
            FloatPower::Complex => f64::NAN,
        }));
    }
    if exp.is_zero() || base.is_one() {
        return Ok(IntPower::Int(BigInt::one()));
    }
    if base.is_zero() {
        return Ok(IntPower::Int(BigInt::zero()));
    }
    if *base == BigInt::from(-1) {
        let odd = exp.is_odd();
        return Ok(IntPower::Int(BigInt::from(if odd { -1 } else { 1 })));
    }
    let e = exp
        .to_u64()
        .filter(|&e| e.saturating_mul(base.bits() - 1) <= MAX_RESULT_BITS)
        .ok_or(NumError::Memory)?;
    Ok(IntPower::Int(Pow::pow(base, e)))
}

/// `pow(base, exp, modulus)`; the result has the sign of the modulus (or is zero).
///
/// # Errors
/// `ValueError("pow() 3rd argument cannot be 0")`, and for a negative exponent
/// `ValueError("base is not invertible for the given modulus")`.
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> Result<BigInt, NumError> {
    if modulus.is_zero() {
        return Err(NumError::Value("pow() 3rd argument cannot be 0".into()));
    }
    let m = modulus.abs();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let mut b = base.mod_floor(&m);
    if exp.is_negative() {
        b = mod_inverse(&b, &m).ok_or_else(|| {
            NumError::Value("base is not invertible for the given modulus".into())
        })?;
    }
    let r = b.modpow(&exp.abs(), &m);
    Ok(if modulus.is_negative() && !r.is_zero() {
        r - m
    } else {
        r
    })
}

/// The inverse of `a` modulo `m` (`0 <= a < m`, `m > 1`), if `gcd(a, m) == 1`.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let ext = a.extended_gcd(m);
    ext.gcd.is_one().then(|| ext.x.mod_floor(m))
}

/// The shift count as a `u64`.
fn shift_count(n: &BigInt) -> Result<Option<u64>, NumError> {
    if n.is_negative() {
        return Err(NumError::Value("negative shift count".into()));
    }
    Ok(n.to_u64())
}

/// `a << n`.
///
/// # Errors
/// `ValueError("negative shift count")`; `OverflowError("too many digits in integer")` when
/// `n` does not fit a machine word (as in CPython); `MemoryError` for results too large to
/// build.
pub fn int_lshift(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    let count = shift_count(n)?;
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    let count = count
        .filter(|&c| c <= i64::MAX as u64)
        .ok_or_else(|| NumError::Overflow("too many digits in integer".into()))?;
    if count.saturating_add(a.bits()) > MAX_RESULT_BITS {
        return Err(NumError::Memory);
    }
    Ok(a << count)
}

/// `a >> n`, rounding toward negative infinity.
///
/// # Errors
/// `ValueError("negative shift count")`.
pub fn int_rshift(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    match shift_count(n)? {
        Some(count) if count < a.bits() => Ok(a >> count),
        _ => Ok(BigInt::from(if a.is_negative() { -1 } else { 0 })),
    }
}

/// `v.bit_length()`: the number of bits of `abs(v)`.
pub fn bit_length(v: &BigInt) -> u64 {
    v.bits()
}

/// `v.bit_count()`: the number of one bits of `abs(v)`.
pub fn bit_count(v: &BigInt) -> u64 {
    v.magnitude().count_ones()
}

/// `math.isqrt(v)`: the floor of the exact square root.
///
/// # Errors
/// `ValueError("isqrt() argument must be nonnegative")`.
pub fn isqrt(v: &BigInt) -> Result<BigInt, NumError> {
    if v.is_negative() {
        return Err(NumError::Value(
            "isqrt() argument must be nonnegative".into(),
        ));
    }
    Ok(v.sqrt())
}

/// `math.gcd(a, b)`: never negative.
pub fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    a.gcd(b)
}

/// `math.lcm(a, b)`: never negative, zero if either is.
pub fn lcm(a: &BigInt, b: &BigInt) -> BigInt {
    if a.is_zero() || b.is_zero() {
        return BigInt::zero();
    }
    (a / a.gcd(b) * b).abs()
}

/// `v.as_integer_ratio()`.
pub fn int_as_integer_ratio(v: &BigInt) -> (BigInt, BigInt) {
    (v.clone(), BigInt::one())
}

/// `round(v, ndigits)` for an int: unchanged for `ndigits >= 0`, otherwise the nearest
/// multiple of `10**-ndigits`, ties to even (CPython's `_PyLong_DivmodNear`).
pub fn int_round(v: &BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() {
        return v.clone();
    }
    // |v| < 2**bits <= 10**(bits/3 + 1), so beyond that many digits the answer is 0 (CPython
    // would first build the huge power of ten).
    let places = ndigits.magnitude().to_u64().unwrap_or(u64::MAX);
    if places > v.bits() / 3 + 2 {
        return BigInt::zero();
    }
    let unit: BigInt = Pow::pow(BigInt::from(10), places);
    let (q, r) = v.div_mod_floor(&unit);
    let twice = r * 2;
    let q = if twice > unit || (twice == unit && q.is_odd()) {
        q + 1
    } else {
        q
    };
    q * unit
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pyref::{self, f, show};

    fn int(v: BigInt) -> String {
        v.to_string()
    }

    #[test]
    fn arithmetic_matches_python() {
        let mut rng = pyref::Rng::new(23);
        let (mut exprs, mut ours) = (Vec::new(), Vec::new());
        for i in 0..2000 {
            let a = rng.any_int(if i % 4 == 0 { 600 } else { 70 });
            let b = rng.any_int(if i % 3 == 0 { 300 } else { 40 });
            exprs.push(format!("({a}) // ({b})"));
            ours.push(show(int_floor_divide(&a, &b), int));
            exprs.push(format!("({a}) % ({b})"));
            ours.push(show(int_mod(&a, &b), int));
            exprs.push(format!("divmod({a}, {b})"));
            ours.push(show(int_divmod(&a, &b), |(q, r)| format!("({q},{r})")));
            let e = BigInt::from(rng.below(40) as i64 - 8);
            exprs.push(format!("({a}) ** ({e})"));
            ours.push(show(int_pow(&a, &e), |p| match p {
                IntPower::Int(v) => v.to_string(),
                IntPower::Float(x) => f(x),
            }));
            let m = rng.any_int(80);
            let e = rng.any_int(90);
            exprs.push(format!("pow({a}, {e}, {m})"));
            ours.push(show(int_pow_mod(&a, &e, &m), int));
            let s = BigInt::from(rng.below(200) as i64 - 5);
            exprs.push(format!("({a}) << ({s})"));
            ours.push(show(int_lshift(&a, &s), int));
            exprs.push(format!("({a}) >> ({s})"));
            ours.push(show(int_rshift(&a, &s), int));
            exprs.push(format!("(({a}).bit_length(), ({a}).bit_count())"));
            ours.push(format!("({},{})", bit_length(&a), bit_count(&a)));
            exprs.push(format!("math.isqrt({a})"));
            ours.push(show(isqrt(&a), int));
            exprs.push(format!("(math.gcd({a}, {b}), math.lcm({a}, {b}))"));
            ours.push(format!("({},{})", gcd(&a, &b), lcm(&a, &b)));
            let n = BigInt::from(rng.below(60) as i64 - 50);
            exprs.push(format!("round({a}, {n})"));
            ours.push(int_round(&a, &n).to_string());
        }
        for (a, e, m) in [
            (2, -1, 4),
            (3, -1, -7),
            (0, -1, 1),
            (2, -1, 1),
            (5, 2, -7),
            (2, 3, 0),
        ] {
            let (a, e, m) = (BigInt::from(a), BigInt::from(e), BigInt::from(m));
            exprs.push(format!("pow({a}, {e}, {m})"));
            ours.push(show(int_pow_mod(&a, &e, &m), int));
        }
        let huge = BigInt::from(10).pow(20u32);
        exprs.push(format!("1 << {huge}"));
        ours.push(show(int_lshift(&BigInt::one(), &huge), int));
        exprs.push(format!("-1 >> {huge}"));
        ours.push(show(int_rshift(&BigInt::from(-1), &huge), int));
        exprs.push("(10**400) ** -1".to_string());
        ours.push(show(
            int_pow(&BigInt::from(10).pow(400u32), &BigInt::from(-1)),
            |p| format!("{p:?}"),
        ));
        pyref::assert_same(&exprs, &ours);
        // CPython builds 10**(10**20) first and never finishes; the answer is 0.
        assert_eq!(int_round(&BigInt::from(5), &-huge), BigInt::zero());
    }

    #[test]
    fn absurd_sizes_fail_with_memory_error() {
        let two = BigInt::from(2);
        let big = BigInt::from(1u64 << 40);
        assert_eq!(int_pow(&two, &big), Err(NumError::Memory));
        assert_eq!(int_lshift(&two, &big), Err(NumError::Memory));
        assert_eq!(
            int_pow(&BigInt::from(-1), &big),
            Ok(IntPower::Int(BigInt::one()))
        );
    }
}
