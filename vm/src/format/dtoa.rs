//! Decimal digit generation for finite doubles, the part of David Gay's `dtoa` that CPython's
//! float formatting uses (modes 0, 2 and 3).
//!
//! Rust's own float formatting already produces correctly rounded digits (shortest round-trip
//! digits, and exact digits rounded half-to-even on the exact binary value, as `dtoa` does), so
//! this module only re-reads that output as a digit string and a decimal-point position, the
//! shape `float_repr` lays out.

/// The decimal digits of `|x|`: `0.DIGITS × 10^decpt`.
///
/// `digits` is ASCII, has no leading or trailing zeros, and is `"0"` (with `decpt == 1`) for a
/// value that is or rounds to zero, exactly like `_Py_dg_dtoa`'s result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    pub(crate) digits: Vec<u8>,
    pub(crate) decpt: i64,
}

impl Digits {
    fn zero() -> Digits {
        Digits {
            digits: vec![b'0'],
            decpt: 1,
        }
    }

    /// Builds from a plain digit string with the point after `int_len` digits, dropping leading
    /// and trailing zeros.
    fn from_plain(mut digits: Vec<u8>, int_len: i64) -> Digits {
        let lead = digits.iter().take_while(|&&d| d == b'0').count();
        if lead == digits.len() {
            return Digits::zero();
        }
        let trail = digits.iter().rev().take_while(|&&d| d == b'0').count();
        digits.truncate(digits.len() - trail);
        digits.drain(..lead);
        Digits {
            digits,
            decpt: int_len - lead as i64,
        }
    }

    /// The double nearest to this decimal.
    fn to_f64(&self) -> Option<f64> {
        let text = format!(
            "0.{}e{}",
            std::str::from_utf8(&self.digits).ok()?,
            self.decpt
        );
        text.parse().ok()
    }

    /// Parses Rust's `{:e}` output, `D[.DDD]e[-]X`.
    fn from_exponent_form(s: &str) -> Digits {
        let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        Digits::from_plain(digits, exp + 1)
    }
}

/// Shortest digits that round-trip (`dtoa` mode 0, what `repr` uses).
///
/// When two shortest strings are equally close to `x`, `dtoa` takes the one with the even last
/// digit while Rust rounds up (`149185508530299.125` is `...299.12` in Python), so ties are
/// detected and redone with the exact, half-to-even rounding.
pub(crate) fn shortest(x: f64) -> Digits {
    let x = x.abs();
    let digits = Digits::from_exponent_form(&format!("{:e}", x));
    let n = digits.digits.len();
    if !may_be_tie(x, digits.decpt, n) {
        return digits;
    }
    let closest = significant(x, n);
    if closest.digits.len() == n && closest.to_f64() == Some(x) {
        closest
    } else {
        digits
    }
}

/// A tie needs the exact decimal expansion of `x` to have one more significant digit than its
/// shortest form; an expansion with `f` binary fraction digits has exactly `f` decimal ones.
fn may_be_tie(x: f64, decpt: i64, n: usize) -> bool {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    if mantissa == 0 {
        return false;
    }
    let fraction_digits = -(exp + i64::from(mantissa.trailing_zeros()));
    fraction_digits > 0 && (decpt + fraction_digits - (n as i64 + 1)).abs() <= 1
}

/// A double's exact decimal expansion has at most 767 significant digits and 1074 after the
/// point, so asking for more only adds zeros, which `Digits` drops anyway. Capping also keeps
/// the precision within what `format!` accepts.
const EXACT_SIGNIFICANT: usize = 800;
const EXACT_FRACTION: usize = 1100;

/// `n >= 1` significant digits, correctly rounded (`dtoa` mode 2).
pub(crate) fn significant(x: f64, n: usize) -> Digits {
    let n = n.clamp(1, EXACT_SIGNIFICANT);
    Digits::from_exponent_form(&format!("{:.*e}", n - 1, x.abs()))
}

/// `n` digits after the decimal point, correctly rounded (`dtoa` mode 3).
pub(crate) fn fixed(x: f64, n: usize) -> Digits {
    let s = format!("{:.*}", n.min(EXACT_FRACTION), x.abs());
    let int_len = s.find('.').unwrap_or(s.len()) as i64;
    Digits::from_plain(
        s.into_bytes()
            .into_iter()
            .filter(u8::is_ascii_digit)
            .collect(),
        int_len,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(d: &Digits) -> (String, i64) {
        (String::from_utf8(d.digits.clone()).unwrap(), d.decpt)
    }

    #[test]
    fn digit_strings_match_dtoa_conventions() {
        assert_eq!(show(&shortest(0.0)), ("0".into(), 1));
        assert_eq!(show(&shortest(-0.0)), ("0".into(), 1));
        assert_eq!(show(&shortest(1e16)), ("1".into(), 17));
        assert_eq!(show(&shortest(0.001)), ("1".into(), -2));
        assert_eq!(show(&shortest(123.456)), ("123456".into(), 3));
        assert_eq!(show(&significant(9.99, 2)), ("1".into(), 2));
        assert_eq!(show(&significant(125.0, 2)), ("12".into(), 3));
        assert_eq!(show(&fixed(0.001, 2)), ("0".into(), 1));
        assert_eq!(show(&fixed(0.0012, 4)), ("12".into(), -2));
        assert_eq!(show(&fixed(2.5, 0)), ("2".into(), 1));
        assert_eq!(show(&fixed(1200.0, 1)), ("12".into(), 4));
        assert_eq!(fixed(5e-324, 100_000), fixed(5e-324, 1074));
        assert_eq!(significant(5e-324, 100_000), significant(5e-324, 767));
        assert_eq!(significant(0.1, 1 << 40).digits.len(), 55);
    }
}
