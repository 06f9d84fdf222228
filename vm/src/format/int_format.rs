//! `str(int)`, `bin`, `oct`, `hex` and the digit strings `format` and `%` start from.

use super::error::NumError;
use super::int_value::IntRef;

/// The message for a decimal conversion over `sys.get_int_max_str_digits()`.
fn too_many_digits(limit: usize) -> NumError {
    NumError::Value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `str(v)` / `repr(v)`: decimal, with CPython 3.11's limit on the number of digits
/// (`max_str_digits` is `sys.get_int_max_str_digits()`; 0 means no limit).
///
/// # Errors
/// `ValueError` when the value has more than `max_str_digits` digits.
pub fn int_to_decimal(v: IntRef<'_>, max_str_digits: usize) -> Result<String, NumError> {
    match v {
        IntRef::Small(v) => Ok(v.to_string()),
        IntRef::Big(big) => {
            // Refuse before converting when the size alone proves the value is too long, so that
            // huge values cannot make str() quadratic (CPython checks the same way).
            if max_str_digits > 0
                && (big.bits().saturating_sub(1)) as f64 * std::f64::consts::LOG10_2
                    >= max_str_digits as f64 + 1.0
            {
                return Err(too_many_digits(max_str_digits));
            }
            let text = big.to_string();
            let digits = text.len() - usize::from(v.is_negative());
            if max_str_digits > 0 && digits > max_str_digits {
                return Err(too_many_digits(max_str_digits));
            }
            Ok(text)
        }
    }
}

/// The bases of `bin`, `oct` and `hex` (no limit applies to them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowerOfTwoBase {
    /// `0b`.
    Binary,
    /// `0o`.
    Octal,
    /// `0x`.
    Hex,
}

impl PowerOfTwoBase {
    fn radix(self) -> u32 {
        match self {
            PowerOfTwoBase::Binary => 2,
            PowerOfTwoBase::Octal => 8,
            PowerOfTwoBase::Hex => 16,
        }
    }

    /// The prefix `bin`/`oct`/`hex` write, in lower case.
    pub fn prefix(self) -> &'static str {
        match self {
            PowerOfTwoBase::Binary => "0b",
            PowerOfTwoBase::Octal => "0o",
            PowerOfTwoBase::Hex => "0x",
        }
    }
}

/// The digits of `|v|` in `base`, lower case, without sign or prefix.
pub fn magnitude_digits(v: IntRef<'_>, base: PowerOfTwoBase) -> String {
    match v {
        IntRef::Small(v) => {
            let m = v.unsigned_abs();
            match base {
                PowerOfTwoBase::Binary => format!("{m:b}"),
                PowerOfTwoBase::Octal => format!("{m:o}"),
                PowerOfTwoBase::Hex => format!("{m:x}"),
            }
        }
        IntRef::Big(big) => big.magnitude().to_str_radix(base.radix()),
    }
}

/// `bin(v)`, `oct(v)`, `hex(v)` (with `prefix`), or the `b`/`o`/`x` format digits (without):
/// `-0x1f`, `-1f`.
pub fn int_to_base(v: IntRef<'_>, base: PowerOfTwoBase, prefix: bool) -> String {
    let mut out = String::new();
    if v.is_negative() {
        out.push('-');
    }
    if prefix {
        out.push_str(base.prefix());
    }
    out.push_str(&magnitude_digits(v, base));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::pyref;
    use num_bigint::BigInt;

    #[test]
    fn bases_and_limits_match_python() {
        let mut rng = pyref::Rng::new(7);
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for i in 0..600u32 {
            let digits = 1 + rng.below(if i % 10 == 0 { 5000 } else { 60 }) as usize;
            let mut text: String = (0..digits)
                .map(|_| char::from(b'0' + rng.below(10) as u8))
                .collect();
            if rng.below(2) == 0 {
                text.insert(0, '-');
            }
            let big: BigInt = text.parse().unwrap();
            let v = IntRef::Big(&big);
            let limit = rng.pick(&[0usize, 4300, 640, 1000]);
            for (code, got) in [
                ("d", int_to_decimal(v, limit)),
                ("b", Ok(int_to_base(v, PowerOfTwoBase::Binary, true))),
                ("o", Ok(int_to_base(v, PowerOfTwoBase::Octal, true))),
                ("x", Ok(int_to_base(v, PowerOfTwoBase::Hex, false))),
            ] {
                inputs.push(format!("{code} {limit} {text}"));
                ours.push(pyref::shown_num(got));
            }
            if let Ok(small) = i64::try_from(&big) {
                inputs.push(format!("x {limit} {text}"));
                ours.push(pyref::shown_num(Ok(int_to_base(
                    IntRef::Small(small),
                    PowerOfTwoBase::Hex,
                    false,
                ))));
            }
        }
        let program = format!(
            "{}import sys\n\
             for line in sys.stdin:\n\
             \x20   code, limit, text = line.split()\n\
             \x20   sys.set_int_max_str_digits(0)\n\
             \x20   v = int(text)\n\
             \x20   sys.set_int_max_str_digits(int(limit))\n\
             \x20   show(lambda: {{'d': str, 'b': bin, 'o': oct, 'x': lambda v: format(v, 'x')}}[code](v))\n",
            pyref::SHOW
        );
        pyref::assert_lines_eq(&inputs, &ours, &pyref::run_python(&program, &inputs));
    }

    #[test]
    fn small_values() {
        assert_eq!(
            int_to_decimal(IntRef::Small(i64::MIN), 4300).unwrap(),
            i64::MIN.to_string()
        );
        assert_eq!(
            int_to_base(IntRef::Small(i64::MIN), PowerOfTwoBase::Hex, true),
            "-0x8000000000000000"
        );
        assert_eq!(
            int_to_base(IntRef::Small(0), PowerOfTwoBase::Binary, true),
            "0b0"
        );
    }
}
