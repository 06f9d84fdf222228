//! Numeric literals (already validated by the tokenizer) to constants.

use num_bigint::BigInt;

use crate::ast::Constant;

/// The value of a NUMBER token; `None` only for text the tokenizer would not have produced.
pub(crate) fn parse_number(text: &str) -> Option<Constant> {
    let clean: String;
    let s = if text.contains('_') {
        clean = text.replace('_', "");
        clean.as_str()
    } else {
        text
    };
    let b = s.as_bytes();
    if b.len() > 2 && b[0] == b'0' {
        let radix = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            return BigInt::parse_bytes(&b[2..], radix).map(Constant::Int);
        }
    }
    if let Some(imag) = s.strip_suffix(['j', 'J']) {
        return parse_float(imag).map(|imag| Constant::Complex { real: 0.0, imag });
    }
    if s.contains(['.', 'e', 'E']) {
        return parse_float(s).map(Constant::Float);
    }
    BigInt::parse_bytes(b, 10).map(Constant::Int)
}

/// Rust's float parser rounds correctly like CPython's, and accepts the same `1.`/`.5` forms.
fn parse_float(s: &str) -> Option<f64> {
    s.parse::<f64>().ok()
}

/// The number of decimal digits above which CPython 3.11 refuses to convert an integer literal.
pub(crate) const MAX_STR_DIGITS: usize = 4300;

/// Whether a decimal integer literal exceeds CPython's default conversion limit; its digit count.
pub(crate) fn too_many_digits(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    if b.len() > 1 && b[0] == b'0' && matches!(b[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        return None;
    }
    if text.contains(['.', 'e', 'E', 'j', 'J']) {
        return None;
    }
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    (digits > MAX_STR_DIGITS).then_some(digits)
}
