//! The two Unicode properties number parsing needs: CPython's `str.isspace` and decimal digit
//! values (category Nd, Unicode 14.0 as in Python 3.11), so `int('١٢')` is 12.

use std::borrow::Cow;

/// The first code point (the zero) of every run of ten decimal digits, from
/// `unicodedata.decimal` of Python 3.11 (every Nd character belongs to exactly one such run).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// `unicodedata.decimal(c)`: the value of a decimal digit of any script.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let run = DECIMAL_ZEROS.partition_point(|&zero| zero <= c);
    let zero = *DECIMAL_ZEROS.get(run.checked_sub(1)?)?;
    (c - zero < 10).then_some(c - zero)
}

/// `str.isspace` for one character: Unicode White_Space plus the ASCII separators
/// `\x1c`..`\x1f`, which Python also counts.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: the ASCII text that `int()` and
/// `float()` parse. Non-ASCII spaces become ' ', decimal digits their ASCII digit, and anything
/// else non-ASCII '?', which no number syntax accepts.
pub(crate) fn to_ascii_number_text(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if c.is_ascii() {
                    c
                } else if is_space(c) {
                    ' '
                } else {
                    decimal_value(c)
                        .and_then(|d| char::from_digit(d, 10))
                        .unwrap_or('?')
                }
            })
            .collect(),
    )
}

/// C's `isspace` in the C locale, which CPython's parsers use after the transformation above.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::pyref;

    #[test]
    fn agrees_with_unicodedata_on_every_code_point() {
        let ours: Vec<String> = (0..=0x10ffffu32)
            .filter_map(char::from_u32)
            .filter(|&c| decimal_value(c).is_some() || is_space(c))
            .map(|c| format!("{:x} {:?} {}", c as u32, decimal_value(c), is_space(c)))
            .collect();
        let theirs = pyref::run_python(
            "import sys, unicodedata\n\
             for c in map(chr, range(sys.maxunicode + 1)):\n\
             \x20   d = unicodedata.decimal(c, None)\n\
             \x20   if (d is not None or c.isspace()) and not 0xd800 <= ord(c) < 0xe000:\n\
             \x20       print('%x %s %s' % (ord(c), 'None' if d is None else 'Some(%d)' % d, str(c.isspace()).lower()))\n",
            &[],
        );
        pyref::assert_lines_eq(&ours, &ours, &theirs);
    }
}
