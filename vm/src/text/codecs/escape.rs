//! `unicode_escape` and `raw_unicode_escape`: Latin-1 text with Python's backslash escapes
//! (all of them, or only `\u` and `\U`).

use super::decoded::{DecodedText, TextBuilder};
use super::handlers::{handle_decode, push_backslash_escape, DecodeFailure};
use super::names_db::lookup_name;
use crate::text::TextError;

/// What `unicode_escape` decoding produced.
pub(crate) struct EscapeDecoded {
    pub(crate) text: DecodedText,
    pub(crate) consumed: usize,
    /// Offset of the character after the first unrecognised backslash (`\q`), for the
    /// `DeprecationWarning: invalid escape sequence '\q'` the caller emits.
    pub(crate) first_invalid_escape: Option<usize>,
}

/// Reads `count` hex digits at `data[at..]`: `Ok(value)`, or `Err(offset)` of the first
/// offending byte (`data.len()` when the data ends first).
fn hex_digits(data: &[u8], at: usize, count: usize) -> Result<u32, usize> {
    let mut value = 0u32;
    for i in at..at + count {
        let digit = data.get(i).ok_or(data.len())?;
        value = (value << 4) | char::from(*digit).to_digit(16).ok_or(i)?;
    }
    Ok(value)
}

/// `codecs.unicode_escape_decode(data, errors, final)`.
pub(crate) fn decode_unicode_escape(
    data: &[u8],
    errors: &str,
    final_: bool,
) -> Result<EscapeDecoded, TextError> {
    const NAME: &str = "unicodeescape";
    let mut out = TextBuilder::with_capacity(data.len());
    let mut first_invalid_escape = None;
    let mut pos = 0;
    while pos < data.len() {
        let c = data[pos];
        if c != b'\\' {
            out.push(char::from(c));
            pos += 1;
            continue;
        }
        let start = pos;
        // Where the error stretch ends, why, and whether more data could complete it.
        let (end, reason, incomplete) = match data.get(pos + 1) {
            None => (data.len(), "\\ at end of string", true),
            Some(&e) => {
                pos += 2;
                let simple = match e {
                    b'\n' => Some(None),
                    b'\\' => Some(Some('\\')),
                    b'\'' => Some(Some('\'')),
                    b'"' => Some(Some('"')),
                    b'b' => Some(Some('\x08')),
                    b'f' => Some(Some('\x0c')),
                    b't' => Some(Some('\t')),
                    b'n' => Some(Some('\n')),
                    b'r' => Some(Some('\r')),
                    b'v' => Some(Some('\x0b')),
                    b'a' => Some(Some('\x07')),
                    _ => None,
                };
                if let Some(ch) = simple {
                    if let Some(ch) = ch {
                        out.push(ch);
                    }
                    continue;
                }
                match e {
                    b'0'..=b'7' => {
                        let mut value = u32::from(e - b'0');
                        for _ in 0..2 {
                            match data.get(pos) {
                                Some(&d @ b'0'..=b'7') => {
                                    value = value * 8 + u32::from(d - b'0');
                                    pos += 1;
                                }
                                _ => break,
                            }
                        }
                        if value > 0o377 {
                            // `\400` and above: CPython keeps the character but warns.
                            first_invalid_escape.get_or_insert(pos - 3);
                        }
                        out.push_code_point(value);
                        continue;
                    }
                    b'x' | b'u' | b'U' => {
                        let (count, reason) = match e {
                            b'x' => (2, "truncated \\xXX escape"),
                            b'u' => (4, "truncated \\uXXXX escape"),
                            _ => (8, "truncated \\UXXXXXXXX escape"),
                        };
                        match hex_digits(data, pos, count) {
                            Ok(cp) if cp < 0x110000 => {
                                out.push_code_point(cp);
                                pos += count;
                                continue;
                            }
                            Ok(_) => (pos + count, "illegal Unicode character", false),
                            Err(at) => (at, reason, at == data.len()),
                        }
                    }
                    b'N' => {
                        let malformed = "malformed \\N character escape";
                        match data.get(pos) {
                            None => (data.len(), malformed, true),
                            Some(b'{') => match data[pos + 1..].iter().position(|&b| b == b'}') {
                                None => (data.len(), malformed, true),
                                Some(0) => (pos + 1, malformed, false),
                                Some(n) => {
                                    let name = &data[pos + 1..pos + 1 + n];
                                    let close = pos + 2 + n;
                                    match std::str::from_utf8(name).ok().and_then(lookup_name) {
                                        Some(cp) => {
                                            out.push_code_point(cp);
                                            pos = close;
                                            continue;
                                        }
                                        None => (close, "unknown Unicode character name", false),
                                    }
                                }
                            },
                            Some(_) => (pos, malformed, false),
                        }
                    }
                    _ => {
                        first_invalid_escape.get_or_insert(pos - 1);
                        out.push('\\');
                        out.push(char::from(e));
                        continue;
                    }
                }
            }
        };
        if incomplete && !final_ {
            return Ok(EscapeDecoded {
                text: out.finish(),
                consumed: start,
                first_invalid_escape,
            });
        }
        let failure = DecodeFailure {
            encoding: NAME,
            data,
            start,
            end,
            reason,
        };
        pos = handle_decode(errors, &failure, None, &mut out)?;
    }
    Ok(EscapeDecoded {
        text: out.finish(),
        consumed: pos,
        first_invalid_escape,
    })
}

/// `codecs.raw_unicode_escape_decode(data, errors, final)`: only `\u` and `\U` after an odd
/// number of backslashes are escapes.
pub(crate) fn decode_raw_unicode_escape(
    data: &[u8],
    errors: &str,
    final_: bool,
) -> Result<(DecodedText, usize), TextError> {
    const NAME: &str = "rawunicodeescape";
    let mut out = TextBuilder::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        let next = match (data[pos], data.get(pos + 1)) {
            (b'\\', Some(&next)) => next,
            // A final backslash may start an escape that the next chunk completes.
            (b'\\', None) if !final_ => break,
            (c, _) => {
                out.push(char::from(c));
                pos += 1;
                continue;
            }
        };
        let start = pos;
        let (count, reason) = match next {
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            other => {
                out.push('\\');
                out.push(char::from(other));
                pos += 2;
                continue;
            }
        };
        let (end, reason, incomplete) = match hex_digits(data, pos + 2, count) {
            Ok(cp) if cp < 0x110000 => {
                out.push_code_point(cp);
                pos += 2 + count;
                continue;
            }
            Ok(_) => (pos + 2 + count, "\\Uxxxxxxxx out of range", false),
            Err(at) => (at, reason, at == data.len()),
        };
        if incomplete && !final_ {
            return Ok((out.finish(), start));
        }
        let failure = DecodeFailure {
            encoding: NAME,
            data,
            start,
            end,
            reason,
        };
        pos = handle_decode(errors, &failure, None, &mut out)?;
    }
    Ok((out.finish(), pos))
}

/// `unicode_escape` encoding: printable ASCII as itself (except the backslash), `\t`, `\n`,
/// `\r`, and escapes for everything else. Never fails.
pub(crate) fn encode_unicode_escape(text: &[u32]) -> Vec<u8> {
    let mut out = String::with_capacity(text.len());
    for &cp in text {
        match cp {
            0x5c => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x20..=0x7e => out.push(char::from(cp as u8)),
            _ => push_backslash_escape(cp, &mut out),
        }
    }
    out.into_bytes()
}

/// `raw_unicode_escape` encoding: Latin-1 as bytes, anything above as `\u`/`\U`. Never fails.
pub(crate) fn encode_raw_unicode_escape(text: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for &cp in text {
        if cp < 0x100 {
            out.push(cp as u8);
        } else {
            let mut s = String::new();
            push_backslash_escape(cp, &mut s);
            out.extend_from_slice(s.as_bytes());
        }
    }
    out
}
