//! UTF-7 (RFC 2152) as CPython writes and reads it: the characters of sets D and O and
//! whitespace go through directly, `+` is written `+-`, everything else is modified base64 of
//! UTF-16 between `+` and an optional `-`.
use super::decoded::{DecodedText, TextBuilder};
use super::handlers::{handle_decode, DecodeFailure};
use crate::text::TextError;

/// The name CPython's UTF-7 errors carry.
const NAME: &str = "utf7";

/// CPython's `utf7_category` for ASCII: 0 set D, 1 set O, 2 whitespace, 3 special (base64 only).
const CATEGORY: [u8; 128] = [
    3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3, // 0x00
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // 0x10
    2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0, // ' ' .. '/'
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, // '0' .. '?'
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // '@' .. 'O'
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1, // 'P' .. '_'
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // '`' .. 'o'
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3, // 'p' .. DEL
];

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Written as itself (sets D and O and whitespace, as CPython's encoder does).
fn direct(cp: u32) -> bool {
    cp > 0 && cp < 128 && CATEGORY[cp as usize] < 3
}

fn is_base64(b: u32) -> bool {
    matches!(b, 0x41..=0x5A | 0x61..=0x7A | 0x30..=0x39 | 0x2B | 0x2F)
}

fn from_base64(b: u8) -> u32 {
    match b {
        b'A'..=b'Z' => u32::from(b - b'A'),
        b'a'..=b'z' => u32::from(b - b'a') + 26,
        b'0'..=b'9' => u32::from(b - b'0') + 52,
        b'+' => 62,
        _ => 63,
    }
}

/// Encodes code points (lone surrogates included: UTF-7 carries any UTF-16 unit).
pub(crate) fn encode(text: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut in_shift = false;
    let mut bits = 0u32;
    let mut buffer = 0u64;
    let emit_units = |units: &[u32], out: &mut Vec<u8>, bits: &mut u32, buffer: &mut u64| {
        for &u in units {
            *bits += 16;
            *buffer = (*buffer << 16) | u64::from(u);
            while *bits >= 6 {
                out.push(B64[((*buffer >> (*bits - 6)) & 0x3F) as usize]);
                *bits -= 6;
            }
            *buffer &= (1u64 << *bits) - 1;
        }
    };
    for &cp in text {
        if in_shift {
            if direct(cp) {
                if bits > 0 {
                    out.push(B64[((buffer << (6 - bits)) & 0x3F) as usize]);
                    buffer = 0;
                    bits = 0;
                }
                in_shift = false;
                // A character that could be read as base64 (or a '-') needs the explicit end.
                if is_base64(cp) || cp == u32::from(b'-') {
                    out.push(b'-');
                }
                out.push(cp as u8);
                continue;
            }
        } else if cp == u32::from(b'+') {
            out.extend_from_slice(b"+-");
            continue;
        } else if direct(cp) {
            out.push(cp as u8);
            continue;
        } else {
            out.push(b'+');
            in_shift = true;
        }
        if cp >= 0x10000 {
            let v = cp - 0x10000;
            emit_units(
                &[0xD800 | (v >> 10), 0xDC00 | (v & 0x3FF)],
                &mut out,
                &mut bits,
                &mut buffer,
            );
        } else {
            emit_units(&[cp], &mut out, &mut bits, &mut buffer);
        }
    }
    if bits > 0 {
        out.push(B64[((buffer << (6 - bits)) & 0x3F) as usize]);
    }
    if in_shift {
        out.push(b'-');
    }
    out
}

/// Decodes UTF-7; returns the text and the bytes consumed (an unfinished shift sequence waits
/// for more data unless `final_`).
pub(crate) fn decode(
    data: &[u8],
    errors: &str,
    final_: bool,
) -> Result<(DecodedText, usize), TextError> {
    let mut out = TextBuilder::with_capacity(data.len());
    let mut in_shift = false;
    let mut bits = 0u32;
    let mut buffer = 0u64;
    let mut surrogate = 0u32;
    // Where the current shift sequence (or failing stretch) began.
    let mut start = 0;
    let mut pos = 0;
    let fail = |out: &mut TextBuilder, start: usize, end: usize, reason: &str| {
        let failure = DecodeFailure {
            encoding: NAME,
            data,
            start,
            end,
            reason,
        };
        handle_decode(errors, &failure, None, out)
    };
    while pos < data.len() {
        let ch = data[pos];
        if in_shift {
            if is_base64(u32::from(ch)) {
                buffer = (buffer << 6) | u64::from(from_base64(ch));
                bits += 6;
                pos += 1;
                if bits >= 16 {
                    let unit = ((buffer >> (bits - 16)) & 0xFFFF) as u32;
                    bits -= 16;
                    buffer &= (1u64 << bits) - 1;
                    if surrogate != 0 {
                        if (0xDC00..=0xDFFF).contains(&unit) {
                            let cp = 0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00);
                            out.push_code_point(cp);
                            surrogate = 0;
                            continue;
                        }
                        out.push_code_point(surrogate);
                        surrogate = 0;
                    }
                    if (0xD800..=0xDBFF).contains(&unit) {
                        surrogate = unit;
                    } else {
                        out.push_code_point(unit);
                    }
                }
                continue;
            }
            // Leaving the base64 section.
            in_shift = false;
            // A bad end takes its terminator into the error, as CPython's does.
            if bits >= 6 {
                pos = fail(
                    &mut out,
                    start,
                    pos + 1,
                    "partial character in shift sequence",
                )?;
                continue;
            }
            if bits > 0 && buffer != 0 {
                pos = fail(
                    &mut out,
                    start,
                    pos + 1,
                    "non-zero padding bits in shift sequence",
                )?;
                continue;
            }
            if surrogate != 0 && ch < 128 && ch != b'+' {
                out.push_code_point(surrogate);
            }
            surrogate = 0;
            if ch == b'-' {
                pos += 1;
            }
        } else if ch == b'+' {
            start = pos;
            pos += 1;
            match data.get(pos) {
                Some(b'-') => {
                    pos += 1;
                    out.push('+');
                }
                Some(&n) if !is_base64(u32::from(n)) => {
                    pos += 1;
                    pos = fail(&mut out, start, pos, "ill-formed sequence")?;
                }
                _ => {
                    in_shift = true;
                    surrogate = 0;
                    bits = 0;
                    buffer = 0;
                }
            }
        } else if ch < 128 {
            out.push(char::from(ch));
            pos += 1;
        } else {
            start = pos;
            pos += 1;
            pos = fail(&mut out, start, pos, "unexpected special character")?;
        }
    }
    if in_shift && !final_ {
        // Give back the unfinished shift sequence: it is decoded with the data that follows. What
        // came before it ends outside any shift sequence, so decoding it alone gives the same text.
        let (text, _) = decode(&data[..start], errors, true)?;
        return Ok((text, start));
    }
    if in_shift && (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0)) {
        fail(&mut out, start, data.len(), "unterminated shift sequence")?;
    }
    Ok((out.finish(), data.len()))
}
