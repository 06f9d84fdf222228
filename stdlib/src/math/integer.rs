//! The integer functions: rounding floats to ints, factorial, binomial coefficients,
//! permutations, variadic gcd/lcm and isqrt.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use weft_vm::numeric::int_float::f64_to_bigint;
use weft_vm::numeric::{int_ops, NumError};

/// Results beyond this many bits (8 GiB) fail with `MemoryError` up front: CPython would run
/// out of memory building them, and an allocation failure in Rust aborts the process.
const MAX_RESULT_BITS: u64 = 1 << 36;

/// Fails when `terms` factors of at most `bits` bits each could exceed `MAX_RESULT_BITS`.
fn check_size(terms: u64, bits: u64) -> Result<(), NumError> {
    if terms.saturating_mul(bits) > MAX_RESULT_BITS {
        return Err(NumError::Memory);
    }
    Ok(())
}

/// `math.floor(x)` for a float.
///
/// # Errors
/// `OverflowError("cannot convert float infinity to integer")`,
/// `ValueError("cannot convert float NaN to integer")`.
pub fn floor(x: f64) -> Result<BigInt, NumError> {
    f64_to_bigint(x.floor())
}

/// `math.ceil(x)` for a float.
///
/// # Errors
/// As [`floor`].
pub fn ceil(x: f64) -> Result<BigInt, NumError> {
    f64_to_bigint(x.ceil())
}

/// `math.trunc(x)` for a float.
///
/// # Errors
/// As [`floor`].
pub fn trunc(x: f64) -> Result<BigInt, NumError> {
    f64_to_bigint(x)
}

/// `math.isqrt(n)`.
///
/// # Errors
/// `ValueError("isqrt() argument must be nonnegative")`.
pub fn isqrt(n: &BigInt) -> Result<BigInt, NumError> {
    int_ops::isqrt(n)
}

/// `math.gcd(*integers)`.
pub fn gcd(integers: &[BigInt]) -> BigInt {
    integers
        .iter()
        .fold(BigInt::zero(), |acc, v| int_ops::gcd(&acc, v))
}

/// `math.lcm(*integers)`.
pub fn lcm(integers: &[BigInt]) -> BigInt {
    integers
        .iter()
        .fold(BigInt::one(), |acc, v| int_ops::lcm(&acc, v))
}

/// The product of the odd numbers in `[lo, hi)` (both odd), split in halves so that the
/// multiplications stay balanced.
fn odd_product(lo: u64, hi: u64) -> BigInt {
    let count = (hi - lo) / 2;
    if count <= 8 {
        let mut acc = BigInt::one();
        let mut j = lo;
        while j < hi {
            acc *= j;
            j += 2;
        }
        return acc;
    }
    let mid = (lo + count) | 1;
    odd_product(lo, mid) * odd_product(mid, hi)
}

/// `factorial(n)` as `odd_part << (n - popcount(n))`, the odd part being a product over the
/// odd numbers in each `(n >> (i+1), n >> i]` (CPython's divide-and-conquer formula).
fn factorial_u64(n: u64) -> BigInt {
    let mut inner = BigInt::one();
    let mut outer = BigInt::one();
    let mut upper = 3u64;
    for i in (0..64 - n.leading_zeros()).rev() {
        let v = n >> i;
        if v <= 2 {
            continue;
        }
        let lower = upper;
        upper = (v + 1) | 1;
        inner *= odd_product(lower, upper);
        outer *= &inner;
    }
    outer << (n - u64::from(n.count_ones()))
}

/// `math.factorial(n)`.
///
/// # Errors
/// `ValueError("factorial() not defined for negative values")`;
/// `OverflowError("factorial() argument should not exceed 9223372036854775807")`;
/// `MemoryError` for results too large to build.
pub fn factorial(n: &BigInt) -> Result<BigInt, NumError> {
    if n.is_negative() {
        return Err(NumError::Value(
            "factorial() not defined for negative values".into(),
        ));
    }
    let n = n.to_i64().ok_or_else(|| {
        NumError::Overflow("factorial() argument should not exceed 9223372036854775807".into())
    })?;
    let n = n as u64;
    check_size(n, u64::from(64 - n.leading_zeros()))?;
    Ok(factorial_u64(n))
}

/// `n * (n-1) * ... * (n-k+1)`, split in halves.
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if k == 1 {
        return n.clone();
    }
    let j = k / 2;
    falling_product(n, j) * falling_product(&(n - j), k - j)
}

fn check_non_negative(n: &BigInt, k: &BigInt) -> Result<(), NumError> {
    if n.is_negative() {
        return Err(NumError::Value("n must be a non-negative integer".into()));
    }
    if k.is_negative() {
        return Err(NumError::Value("k must be a non-negative integer".into()));
    }
    Ok(())
}

/// `math.perm(n, k)`; `k = None` means `factorial(n)`.
///
/// # Errors
/// `ValueError("n must be a non-negative integer")`, `ValueError("k must be a non-negative
/// integer")`, `OverflowError("k must not exceed 9223372036854775807")`, `MemoryError` for
/// results too large to build, and with `k = None` the errors of [`factorial`].
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> Result<BigInt, NumError> {
    let Some(k) = k else {
        return factorial(n);
    };
    check_non_negative(n, k)?;
    if n < k {
        return Ok(BigInt::zero());
    }
    let k = k
        .to_i64()
        .ok_or_else(|| NumError::Overflow("k must not exceed 9223372036854775807".into()))?
        as u64;
    check_size(k, n.bits())?;
    Ok(falling_product(n, k))
}

/// `math.comb(n, k)`.
///
/// # Errors
/// `ValueError("n must be a non-negative integer")`, `ValueError("k must be a non-negative
/// integer")`, `OverflowError("min(n - k, k) must not exceed 9223372036854775807")`,
/// `MemoryError` for results too large to build.
pub fn comb(n: &BigInt, k: &BigInt) -> Result<BigInt, NumError> {
    check_non_negative(n, k)?;
    if k > n {
        return Ok(BigInt::zero());
    }
    let rest = n - k;
    let k = if rest < *k { &rest } else { k };
    let k = k.to_i64().ok_or_else(|| {
        NumError::Overflow("min(n - k, k) must not exceed 9223372036854775807".into())
    })? as u64;
    check_size(k, n.bits())?;
    Ok(binomial(n, k))
}

/// `C(n, k) = C(n, j) * C(n - j, k - j) / C(k, j)` with `j = k/2`, CPython's recursion, which
/// keeps the operands balanced.
fn binomial(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if k == 1 {
        return n.clone();
    }
    let j = k / 2;
    let a = binomial(n, j) * binomial(&(n - j), k - j);
    a.div_floor(&small_binomial(k, j))
}

/// `C(k, j)` for a machine-sized `k` as one exact division, `k!/(k-j)!` by `j!`. Recursing
/// through [`binomial`] here instead would make three calls per level, `k**1.58` in all.
fn small_binomial(k: u64, j: u64) -> BigInt {
    falling_product(&BigInt::from(k), j).div_floor(&factorial_u64(j))
}

#[cfg(test)]
mod tests {
    use super::super::pyref::{lit, show, Check, Rng};
    use super::*;

    fn int(v: BigInt) -> String {
        v.to_string()
    }

    #[test]
    fn matches_python() {
        let mut rng = Rng::new(71);
        let mut check = Check::default();
        for _ in 0..1500 {
            let x = rng.any_f64();
            let a = lit(x);
            check.push(format!("math.floor({a})"), show(floor(x), int));
            check.push(format!("math.ceil({a})"), show(ceil(x), int));
            check.push(format!("math.trunc({a})"), show(trunc(x), int));
            let n = BigInt::from(rng.below(300) as i64 - 5);
            let k = BigInt::from(rng.below(120) as i64 - 5);
            check.push(format!("math.factorial({n})"), show(factorial(&n), int));
            check.push(format!("math.comb({n}, {k})"), show(comb(&n, &k), int));
            check.push(
                format!("math.perm({n}, {k})"),
                show(perm(&n, Some(&k)), int),
            );
            check.push(format!("math.perm({n})"), show(perm(&n, None), int));
            let vals: Vec<BigInt> = (0..rng.below(5))
                .map(|_| BigInt::from(rng.next() as i64 >> rng.below(64)))
                .collect();
            let args: Vec<String> = vals.iter().map(ToString::to_string).collect();
            check.push(
                format!("math.gcd({})", args.join(", ")),
                gcd(&vals).to_string(),
            );
            check.push(
                format!("math.lcm({})", args.join(", ")),
                lcm(&vals).to_string(),
            );
            let big = BigInt::from(rng.next()) << rng.below(200);
            check.push(format!("math.isqrt({big})"), show(isqrt(&big), int));
        }
        let huge = BigInt::from(1) << 70u32;
        for (n, k) in [
            (huge.clone(), BigInt::from(3)),
            (huge.clone(), &huge - 2),
            (huge.clone(), &huge >> 1u32),
        ] {
            check.push(format!("math.comb({n}, {k})"), show(comb(&n, &k), int));
            check.push(
                format!("math.perm({n}, {k})"),
                show(perm(&n, Some(&k)), int),
            );
        }
        check.push(
            format!("math.factorial({huge})"),
            show(factorial(&huge), int),
        );
        check.push(
            "math.factorial(3000) % (10**40 + 7)".into(),
            (factorial(&BigInt::from(3000)).unwrap()
                % (BigInt::from(10).pow(40u32) + BigInt::from(7)))
            .to_string(),
        );
        check.run();
    }
}
