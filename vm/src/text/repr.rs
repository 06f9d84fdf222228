//! `repr` of `str`, `bytes` and `bytearray`, and the escaping of `ascii()`, as CPython's
//! `unicode_repr`, `PyBytes_Repr` and `bytearray_repr` write them.

use std::fmt::Write;

use super::unicode_props::is_printable;

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN`, the shortest escape that holds `cp`.
fn push_escape(cp: u32, out: &mut String) {
    // Writing to a String cannot fail.
    let _ = match cp {
        0..=0xff => write!(out, "\\x{cp:02x}"),
        0x100..=0xffff => write!(out, "\\u{cp:04x}"),
        _ => write!(out, "\\U{cp:08x}"),
    };
}

/// The quote `repr` chooses: single quotes unless the text holds a single quote and no double
/// quote.
fn quote_for(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// `repr(s)`: quoted, with `\\`, the quote, `\t`, `\n`, `\r` escaped, other ASCII controls and
/// DEL as `\xNN`, and non-ASCII characters kept when `str.isprintable` says so and escaped
/// otherwise.
pub fn str_repr(s: &str) -> String {
    repr_code_points(
        s.chars().map(u32::from),
        s.len(),
        s.contains('\''),
        s.contains('"'),
    )
}

/// [`str_repr`] of text in generalized UTF-8 (lone surrogates are not printable, so they are
/// escaped as `\udXXX`).
pub fn str_repr_gutf8(b: &[u8]) -> String {
    repr_code_points(
        super::gutf8::code_points(b),
        b.len(),
        b.contains(&b'\''),
        b.contains(&b'"'),
    )
}

fn repr_code_points(
    cps: impl Iterator<Item = u32>,
    len: usize,
    has_single: bool,
    has_double: bool,
) -> String {
    let quote = quote_for(has_single, has_double);
    let mut out = String::with_capacity(len + 2);
    out.push(quote);
    for cp in cps {
        match char::from_u32(cp) {
            Some('\\') => out.push_str("\\\\"),
            Some('\t') => out.push_str("\\t"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some(c) if c == quote => {
                out.push('\\');
                out.push(c);
            }
            Some(c @ ' '..='~') => out.push(c),
            Some(c) if !c.is_ascii() && is_printable(c) => out.push(c),
            _ => push_escape(cp, &mut out),
        }
    }
    out.push(quote);
    out
}

/// The escaping `ascii()` applies to a repr: every non-ASCII character becomes `\xNN`,
/// `\uNNNN` or `\UNNNNNNNN` (the `backslashreplace` error handler).
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(c as u32, &mut out);
        }
    }
    out
}

/// `ascii(s)` for a `str`.
pub fn str_ascii(s: &str) -> String {
    ascii_escape(&str_repr(s))
}

/// `repr(b)` of `bytes`: `b'...'` with `\\`, the quote, `\t`, `\n`, `\r` escaped and every
/// byte outside `' '..='~'` written as `\xNN`.
pub fn bytes_repr(b: &[u8]) -> String {
    bytes_literal(b, false)
}

/// The `b'...'` literal; `always_escape_single` is `bytearray_repr`'s quirk of escaping `'`
/// even inside double quotes.
fn bytes_literal(b: &[u8], always_escape_single: bool) -> String {
    let quote = quote_for(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b' '..=b'~' => {
                if char::from(byte) == quote || (always_escape_single && byte == b'\'') {
                    out.push('\\');
                }
                out.push(char::from(byte));
            }
            _ => push_escape(u32::from(byte), &mut out),
        }
    }
    out.push(quote);
    out
}

/// `repr(ba)` of a `bytearray`: `bytearray(b'...')`, where `type_name` is the name of the
/// object's type, since subclasses show theirs. Unlike `bytes`, a `'` is escaped even when
/// the literal uses double quotes.
pub fn bytearray_repr(type_name: &str, b: &[u8]) -> String {
    format!("{type_name}({})", bytes_literal(b, true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::pyref::{self, Rng};

    #[test]
    fn str_repr_and_ascii_agree_with_python() {
        let mut rng = Rng::new(11);
        let mut cases: Vec<String> = ["", "'", "\"", "'\"", "a'b", "\\", "\u{85}\u{a0}\u{ad}"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        cases.extend((0..3000).map(|_| rng.text(12)));
        // Every code point once, in chunks.
        let all: Vec<char> = (0..=0x10ffffu32).filter_map(char::from_u32).collect();
        cases.extend(all.chunks(64).map(|c| c.iter().collect::<String>()));
        let inputs: Vec<String> = cases.iter().map(|s| pyref::arg(s)).collect();
        let ours: Vec<String> = cases
            .iter()
            .map(|s| {
                format!(
                    "{} {}",
                    pyref::hex(str_repr(s).as_bytes()),
                    pyref::hex(str_ascii(s).as_bytes())
                )
            })
            .collect();
        let theirs = pyref::run_python(
            "for w in sys.stdin.read().split():\n\
             \x20   s = arg(w)\n\
             \x20   print(enc(repr(s)), enc(ascii(s)))\n",
            &inputs,
        );
        pyref::assert_lines_eq(&inputs, &ours, &theirs);
    }

    #[test]
    fn bytes_repr_agrees_with_python() {
        let mut rng = Rng::new(5);
        let mut cases: Vec<Vec<u8>> = vec![
            vec![],
            b"'".to_vec(),
            b"\"".to_vec(),
            b"'\"".to_vec(),
            (0..=255).collect(),
        ];
        cases.extend((0..2000).map(|_| {
            let n = rng.below(10);
            (0..n)
                .map(|_| rng.pick(b"'\"\\\t\n\r\x00\x7f\x80\xffa "))
                .collect()
        }));
        let inputs: Vec<String> = cases.iter().map(|b| pyref::barg(b)).collect();
        let ours: Vec<String> = cases
            .iter()
            .map(|b| {
                format!(
                    "{} {}",
                    pyref::hex(bytes_repr(b).as_bytes()),
                    pyref::hex(bytearray_repr("bytearray", b).as_bytes())
                )
            })
            .collect();
        let theirs = pyref::run_python(
            "for w in sys.stdin.read().split():\n\
             \x20   b = barg(w)\n\
             \x20   print(enc(repr(b)), enc(repr(bytearray(b))))\n",
            &inputs,
        );
        pyref::assert_lines_eq(&inputs, &ours, &theirs);
    }
}
