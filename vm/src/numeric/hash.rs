//! CPython's numeric hash: every number hashes to its value modulo the Mersenne prime
//! `P = 2**61 - 1` (a rational `n/d` to `n * d**-1 mod P`), so equal numbers of different
//! types — `1`, `1.0`, `1+0j`, `Fraction(1)`, `Decimal(1)` — hash alike.
//!
//! Signs carry through (`hash(-x) == -hash(x)`), `-1` becomes `-2` because CPython reserves
//! `-1` for errors, infinities hash to `±314159`, and a NaN hashes by object identity.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::int_float::decompose;

/// `2**61 - 1`.
pub const MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`.
pub const INF: i64 = 314_159;
/// The multiplier of the imaginary part's hash.
pub const IMAG: u64 = 1_000_003;

/// CPython never returns -1 from a hash.
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(v)` for an inline int.
pub fn hash_i64(v: i64) -> i64 {
    let r = (v.unsigned_abs() % MODULUS) as i64;
    fix(if v < 0 { -r } else { r })
}

/// `hash(v)` for any int.
pub fn hash_bigint(v: &BigInt) -> i64 {
    let r = (v.magnitude() % MODULUS).to_i64().unwrap_or(0);
    fix(if v.is_negative() { -r } else { r })
}

/// `hash(obj)` for an object with no `__hash__` of its own (`object.__hash__`), given its
/// address: CPython rotates the address right by 4 bits, since allocations are aligned.
pub fn hash_pointer(address: usize) -> i64 {
    fix((address as u64).rotate_right(4) as i64)
}

/// `hash(x)` for a float; `identity` is the float object's address, used only for a NaN.
pub fn hash_float(x: f64, identity: usize) -> i64 {
    if x.is_nan() {
        return hash_pointer(identity);
    }
    if x.is_infinite() {
        return if x > 0.0 { INF } else { -INF };
    }
    let (m, e) = decompose(x);
    // 2**61 == 1 (mod P), so the power of two reduces to a rotation by e mod 61.
    let r = mul_pow2(m.unsigned_abs() % MODULUS, e.rem_euclid(61) as u32);
    fix(if m < 0 { -(r as i64) } else { r as i64 })
}

/// `x * 2**k mod P` for `x < P` and `k < 61`: a 61-bit rotation.
fn mul_pow2(x: u64, k: u32) -> u64 {
    if k == 0 {
        return x;
    }
    ((x << k) & MODULUS) | (x >> (61 - k))
}

/// `hash(complex(re, im))`; `identity` is the complex object's address, used for NaN parts.
pub fn hash_complex(re: f64, im: f64, identity: usize) -> i64 {
    let h = (hash_float(re, identity) as u64)
        .wrapping_add(IMAG.wrapping_mul(hash_float(im, identity) as u64));
    fix(h as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pyref::{self, lit};

    #[test]
    fn matches_python() {
        let mut rng = pyref::Rng::new(31);
        let (mut exprs, mut ours) = (Vec::new(), Vec::new());
        for _ in 0..3000 {
            let v = rng.any_int(300);
            exprs.push(format!("hash({v})"));
            ours.push(hash_bigint(&v).to_string());
            if let Some(small) = v.to_i64() {
                exprs.push(format!("hash({small})"));
                ours.push(hash_i64(small).to_string());
            }
            let (x, y) = (rng.any_f64(), rng.any_f64());
            if x.is_nan() || y.is_nan() {
                continue;
            }
            exprs.push(format!("hash({})", lit(x)));
            ours.push(hash_float(x, 0).to_string());
            exprs.push(format!("hash(complex({}, {}))", lit(x), lit(y)));
            ours.push(hash_complex(x, y, 0).to_string());
            if x.is_finite() {
                exprs.push(format!("hash(fractions.Fraction({}))", lit(x)));
                ours.push(hash_float(x, 0).to_string());
            }
        }
        for v in [
            -1i64,
            -2,
            i64::MIN,
            i64::MAX,
            MODULUS as i64,
            -(MODULUS as i64),
        ] {
            exprs.push(format!("hash({v})"));
            ours.push(hash_i64(v).to_string());
        }
        exprs.push("hash(2**100)".into());
        ours.push(hash_bigint(&(BigInt::from(1) << 100u32)).to_string());
        let exprs: Vec<String> = exprs
            .into_iter()
            .map(|e| format!("__import__('fractions') and {e}"))
            .map(|e| e.replace("fractions.", "__import__('fractions')."))
            .collect();
        pyref::assert_same(&exprs, &ours);
    }

    #[test]
    fn nan_hashes_by_identity() {
        assert_eq!(hash_float(f64::NAN, 0x1230), 0x123);
        assert_eq!(hash_pointer(0xf), ((0xfu64).rotate_right(4)) as i64);
    }
}
