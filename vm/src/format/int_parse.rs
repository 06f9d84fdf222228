//! `int(str, base)`: CPython's `PyLong_FromUnicodeObject` / `PyLong_FromString` rules,
//! including Python 3.11's limit on the number of decimal digits.

use num_bigint::BigUint;

use super::error::NumError;
use super::format_spec::truncate;
use super::int_value::Int;
use super::unicode::{is_ascii_space, to_ascii_number_text};

/// The message for a base outside 2..=36 (and not 0).
pub const BAD_BASE: &str = "int() base must be >= 2 and <= 36, or 0";

/// `int(text, base)` for a `str` argument; `base` 0 reads a `0x`/`0o`/`0b` prefix (and
/// rejects leading zeros of non-zero decimals, like Python source). `max_str_digits` is
/// `sys.get_int_max_str_digits()` (0: no limit; it applies to bases that are not powers of two).
/// `repr` computes the Python repr of the argument, called only for the error message.
///
/// # Errors
/// `ValueError` with CPython's messages: a bad base, too many digits, or
/// `invalid literal for int() with base 10: '12a'`.
pub fn parse_int(
    text: &str,
    base: u32,
    max_str_digits: usize,
    repr: impl FnOnce() -> String,
) -> Result<Int, NumError> {
    if base == 1 || base > 36 {
        return Err(NumError::Value(BAD_BASE.into()));
    }
    let ascii = to_ascii_number_text(text);
    match parse_ascii(ascii.as_bytes(), base, max_str_digits) {
        Ok(v) => Ok(v),
        Err(Failure::Limit(e)) => Err(e),
        // The message names the base the caller gave, 0 included.
        Err(Failure::Invalid) => Err(invalid_int_literal(base, &repr())),
    }
}

/// `invalid literal for int() with base B: <repr>` (the repr cut to 200 characters, as
/// CPython's `%.200R` does).
pub fn invalid_int_literal(base: u32, repr: &str) -> NumError {
    NumError::Value(format!(
        "invalid literal for int() with base {base}: {}",
        truncate(repr, 200)
    ))
}

enum Failure {
    Invalid,
    Limit(NumError),
}

fn parse_ascii(s: &[u8], base: u32, max_str_digits: usize) -> Result<Int, Failure> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut pos = 0;
    while is_ascii_space(at(pos)) {
        pos += 1;
    }
    let negative = at(pos) == b'-';
    if matches!(at(pos), b'+' | b'-') {
        pos += 1;
    }
    let mut base = base;
    // Base 0 with a leading 0 and no prefix: only zero itself is valid ("0_0" too).
    let mut only_zero = false;
    if base == 0 {
        base = match (at(pos), at(pos + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                only_zero = true;
                10
            }
            _ => 10,
        };
    }
    let prefix = match base {
        16 => b'x',
        8 => b'o',
        2 => b'b',
        _ => 0,
    };
    if at(pos) == b'0' && prefix != 0 && at(pos + 1).to_ascii_lowercase() == prefix {
        pos += 2;
        // One underscore may follow the prefix.
        if at(pos) == b'_' {
            pos += 1;
        }
    }
    if at(pos) == b'_' {
        return Err(Failure::Invalid);
    }
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while let Some(&c) = s.get(pos) {
        if c == b'_' {
            if prev == b'_' {
                return Err(Failure::Invalid);
            }
        } else {
            match (c as char).to_digit(36) {
                Some(d) if d < base => digits.push(d as u8),
                _ => break,
            }
        }
        prev = c;
        pos += 1;
    }
    if prev == b'_' {
        return Err(Failure::Invalid);
    }
    if !base.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(Failure::Limit(NumError::Value(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        ))));
    }
    if digits.is_empty() || (only_zero && digits.iter().any(|&d| d != 0)) {
        return Err(Failure::Invalid);
    }
    while is_ascii_space(at(pos)) {
        pos += 1;
    }
    if pos != s.len() {
        return Err(Failure::Invalid);
    }
    Ok(digits_to_int(&digits, base, negative))
}

/// Digit values (not characters) to an integer, without a `BigInt` when it fits.
fn digits_to_int(digits: &[u8], base: u32, negative: bool) -> Int {
    let mut small: Option<i64> = Some(0);
    for &d in digits {
        small = small
            .and_then(|v| v.checked_mul(i64::from(base)))
            .and_then(|v| v.checked_add(i64::from(d)));
        if small.is_none() {
            break;
        }
    }
    if let Some(v) = small {
        return Int::Small(if negative { -v } else { v });
    }
    let magnitude = BigUint::from_radix_be(digits, base).unwrap_or_default();
    let sign = if negative {
        num_bigint::Sign::Minus
    } else {
        num_bigint::Sign::Plus
    };
    Int::from_bigint(num_bigint::BigInt::from_biguint(sign, magnitude))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::pyref::{self, Rng};

    #[test]
    fn matches_python_on_random_strings() {
        let mut rng = Rng::new(4242);
        let alphabet = [
            "0",
            "1",
            "7",
            "9",
            "0",
            "0",
            "a",
            "f",
            "z",
            "Z",
            "x",
            "X",
            "o",
            "b",
            "B",
            "+",
            "-",
            "_",
            "_",
            " ",
            "\t",
            "\u{3000}",
            "١",
            "\0",
            "\x1c",
            "é",
            "99999999999999999999",
        ];
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for i in 0..30000 {
            let len = 1 + rng.below(8);
            let mut s: String = (0..len).map(|_| rng.pick(&alphabet)).collect();
            if i % 500 == 0 {
                s = "7".repeat(rng.below(5000) as usize);
            }
            let base = rng.pick(&[0, 0, 10, 10, 2, 8, 16, 36, 3, 1, 37]);
            let limit = rng.pick(&[0usize, 4300, 640]);
            inputs.push(format!("{base} {limit} {}", pyref::arg(&s)));
            let got = parse_int(&s, base, limit, || "REPR".to_owned()).map(|v| match v {
                Int::Small(v) => v.to_string(),
                Int::Big(v) => {
                    assert!(i64::try_from(&v).is_err(), "Big must not fit in i64");
                    v.to_string()
                }
            });
            ours.push(pyref::shown_num(got));
        }
        let program = format!(
            "{}import sys\n\
             for line in sys.stdin:\n\
             \x20   base, limit, s = line.split()\n\
             \x20   s = arg(s)\n\
             \x20   def f():\n\
             \x20       sys.set_int_max_str_digits(int(limit))\n\
             \x20       try:\n\
             \x20           v = int(s, int(base))\n\
             \x20       except ValueError as e:\n\
             \x20           raise ValueError(str(e).replace(repr(s)[:200], 'REPR'))\n\
             \x20       sys.set_int_max_str_digits(0)\n\
             \x20       return v\n\
             \x20   show(f)\n",
            pyref::SHOW
        );
        pyref::assert_lines_eq(&inputs, &ours, &pyref::run_python(&program, &inputs));
    }
}
