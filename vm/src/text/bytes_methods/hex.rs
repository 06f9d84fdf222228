//! `bytes.hex(sep, bytes_per_sep)` and `bytes.fromhex(string)`.

use super::split::is_space;
use crate::text::TextError;

/// A separator argument of `hex()` (a `str` or `bytes` of length one) as its byte.
///
/// # Errors
/// `ValueError: sep must be length 1.` and `ValueError: sep must be ASCII.`
pub fn hex_separator(sep: &[u32]) -> Result<u8, TextError> {
    match sep {
        [c] => u8::try_from(*c)
            .ok()
            .filter(u8::is_ascii)
            .ok_or_else(|| TextError::value("sep must be ASCII.")),
        _ => Err(TextError::value("sep must be length 1.")),
    }
}

/// `b.hex(sep, bytes_per_sep)`: lowercase hex digits, with `sep` between groups of
/// `|bytes_per_sep|` bytes counted from the right (positive) or the left (negative).
pub fn hex(b: &[u8], sep: Option<u8>, bytes_per_sep: isize) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = bytes_per_sep.unsigned_abs();
    let sep = sep.filter(|_| group > 0);
    let mut out = String::with_capacity(b.len() * 3);
    for (i, &byte) in b.iter().enumerate() {
        if let Some(sep) = sep {
            let boundary = if bytes_per_sep > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if i > 0 && boundary {
                out.push(char::from(sep));
            }
        }
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 15)]));
    }
    out
}

/// `bytes.fromhex(s)`: pairs of hex digits, with ASCII whitespace allowed before each pair.
///
/// # Errors
/// `ValueError: non-hexadecimal number found in fromhex() arg at position N` (a code-point
/// index, `len(s)` when a pair is cut short; the first non-ASCII character if there is one).
pub fn fromhex(s: &str) -> Result<Vec<u8>, TextError> {
    let fail = |i: usize| {
        TextError::Value(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    // CPython checks for non-ASCII text first, so that error wins over earlier bad digits.
    if let Some(i) = s.chars().position(|c| !c.is_ascii()) {
        return Err(fail(i));
    }
    let mut out = Vec::with_capacity(s.len() / 2);
    let mut chars = s.chars().enumerate().peekable();
    let digit = |item: Option<(usize, char)>| match item {
        Some((i, c)) => c.to_digit(16).map(|d| d as u8).ok_or(i),
        None => Err(s.chars().count()),
    };
    let fail = |i: usize| {
        TextError::Value(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    loop {
        while chars
            .next_if(|&(_, c)| c.is_ascii() && is_space(c as u8))
            .is_some()
        {}
        if chars.peek().is_none() {
            return Ok(out);
        }
        let top = digit(chars.next()).map_err(fail)?;
        let bottom = digit(chars.next()).map_err(fail)?;
        out.push(top << 4 | bottom);
    }
}
