//! `float(int)`: correctly rounded conversion with CPython's overflow error.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::error::NumError;
use super::int_value::IntRef;

/// `float(v)`: the nearest double, ties to even, as CPython's `PyLong_AsDouble`.
///
/// # Errors
/// `OverflowError("int too large to convert to float")` when the value rounds beyond the
/// largest finite double.
pub fn int_to_f64(v: IntRef<'_>) -> Result<f64, NumError> {
    let result = match v {
        // `as` rounds to nearest, ties to even.
        IntRef::Small(v) => return Ok(v as f64),
        IntRef::Big(big) => big_to_f64(big),
    };
    if result.is_finite() {
        Ok(result)
    } else {
        Err(NumError::Overflow(
            "int too large to convert to float".into(),
        ))
    }
}

fn big_to_f64(big: &BigInt) -> f64 {
    let bits = big.bits();
    if bits > 1025 {
        return f64::INFINITY;
    }
    let magnitude = big.magnitude();
    let value = if bits <= 64 {
        magnitude.to_u64().map_or(f64::INFINITY, |m| m as f64)
    } else {
        // Keep the top 64 bits and fold every lower bit into a sticky bit: the rounding point
        // (bit 11 of 64) lies above it, so converting the u64 rounds exactly as the full value.
        let shift = bits - 64;
        let top = (magnitude >> shift).to_u64().unwrap_or(u64::MAX);
        let sticky = u64::from(magnitude.trailing_zeros().is_some_and(|tz| tz < shift));
        scale_by_power_of_two((top | sticky) as f64, shift)
    };
    if big.sign() == num_bigint::Sign::Minus {
        -value
    } else {
        value
    }
}

/// `x * 2**exp` for a non-negative `exp`, exact until it overflows to infinity.
fn scale_by_power_of_two(mut x: f64, mut exp: u64) -> f64 {
    while exp > 0 && x.is_finite() {
        let step = exp.min(1000);
        x *= f64::from_bits((1023 + step) << 52);
        exp -= step;
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::pyref;

    #[test]
    fn matches_python_including_ties_and_overflow() {
        let mut rng = pyref::Rng::new(99);
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for _ in 0..2000 {
            let bits = 1 + rng.below(1100);
            let mut v = BigInt::from(0);
            for _ in 0..bits.div_ceil(64) {
                v = (v << 64) + BigInt::from(rng.next());
            }
            v >>= v.bits().saturating_sub(bits);
            // Halfway cases: 53 significant bits then a single 1.
            if rng.below(3) == 0 && bits > 60 {
                v = ((v >> (bits - 54)) | BigInt::from(1)) << (bits - 54);
            }
            if rng.below(2) == 0 {
                v = -v;
            }
            inputs.push(v.to_string());
            ours.push(pyref::shown_num(
                int_to_f64(IntRef::Big(&v)).map(|x| x.to_bits().to_string()),
            ));
        }
        let program = format!(
            "{}import sys, struct\nsys.set_int_max_str_digits(0)\n\
             for line in sys.stdin:\n\
             \x20   show(lambda: struct.unpack('Q', struct.pack('d', float(int(line))))[0])\n",
            pyref::SHOW
        );
        pyref::assert_lines_eq(&inputs, &ours, &pyref::run_python(&program, &inputs));
    }
}
