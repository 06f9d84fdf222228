//! `float(str)`: CPython's `PyFloat_FromString` rules.

use super::error::NumError;
use super::unicode::{is_ascii_space, to_ascii_number_text};

/// `float(text)` for a `str` argument.
///
/// Accepts surrounding whitespace (any Unicode space), digits of any script, `_` between two
/// digits, a decimal point, an exponent, and `inf`/`infinity`/`nan` in any case with a sign.
/// Out-of-range values become `±inf` or `±0.0`, as in CPython.
///
/// # Errors
/// `ValueError("could not convert string to float: <repr>")`, where `repr` computes the
/// Python repr of the argument (called only on failure).
pub fn parse_float(text: &str, repr: impl FnOnce() -> String) -> Result<f64, NumError> {
    parse_float_text(text).ok_or_else(|| float_parse_error(&repr()))
}

/// The error `float()` raises for a malformed string whose repr is `repr`.
pub fn float_parse_error(repr: &str) -> NumError {
    NumError::Value(format!("could not convert string to float: {repr}"))
}

fn parse_float_text(text: &str) -> Option<f64> {
    let ascii = to_ascii_number_text(text);
    if ascii.contains('\0') {
        return None;
    }
    let cleaned = remove_underscores(&ascii)?;
    let trimmed = cleaned.trim_matches(|c: char| c.is_ascii() && is_ascii_space(c as u8));
    let (negative, body) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    // Rust's parser also takes a sign, but Python allows only one.
    if !body.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c.is_ascii_alphabetic()) {
        return None;
    }
    // Rust accepts exactly Python's decimal syntax (and the inf/nan words), correctly rounded.
    let value: f64 = body.parse().ok()?;
    Some(if negative { -value } else { value })
}

/// Drops underscores that sit between two digits; any other underscore makes the text invalid.
/// CPython scans the text as a C string: only an underscore before the first NUL counts, and
/// then a NUL makes the text invalid too.
pub(crate) fn remove_underscores(text: &str) -> Option<std::borrow::Cow<'_, str>> {
    let c_string = text.find('\0').unwrap_or(text.len());
    if !text[..c_string].contains('_') {
        return Some(std::borrow::Cow::Borrowed(text));
    }
    if c_string != text.len() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut prev = '\0';
    for c in text.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(std::borrow::Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::pyref::{self, Rng};

    fn ours(text: &str) -> String {
        let r = parse_float(text, || "<repr>".to_owned()).map(|x| {
            if x.is_nan() {
                format!("nan{}", u8::from(x.is_sign_negative()))
            } else {
                x.to_bits().to_string()
            }
        });
        match r {
            Ok(s) => s,
            Err(_) => "error".to_owned(),
        }
    }

    #[test]
    fn matches_python_on_random_strings() {
        let mut rng = Rng::new(31337);
        let alphabet = [
            "0", "1", "5", "9", "0", "7", ".", "e", "E", "+", "-", "_", "_", " ", "i", "n", "f",
            "a", "t", "y", "N", "I", "\u{3000}", "١", "x", "\0", "\t", "\x1c", "infinity", "nan",
            "1e308", "e-400", "é",
        ];
        let mut inputs = Vec::new();
        let mut mine = Vec::new();
        for _ in 0..30000 {
            let len = 1 + rng.below(8);
            let s: String = (0..len).map(|_| rng.pick(&alphabet)).collect();
            inputs.push(pyref::arg(&s));
            mine.push(ours(&s));
        }
        let program = format!(
            "{}import sys, struct, math\n\
             for line in sys.stdin:\n\
             \x20   try:\n\
             \x20       x = float(arg(line.strip()))\n\
             \x20       print('nan%d' % (math.copysign(1, x) < 0) if x != x else struct.unpack('Q', struct.pack('d', x))[0])\n\
             \x20   except ValueError:\n\
             \x20       print('error')\n",
            pyref::SHOW
        );
        pyref::assert_lines_eq(&inputs, &mine, &pyref::run_python(&program, &inputs));
    }

    #[test]
    fn error_message_uses_the_repr() {
        let e = parse_float("x", || "'x'".to_owned()).unwrap_err();
        assert_eq!(
            e,
            NumError::Value("could not convert string to float: 'x'".into())
        );
    }
}
