//! `cp1252` (Windows Western European), the one charmap codec weft implements natively.
//!
//! CPython implements it with `codecs.charmap_encode`/`charmap_decode` over a table, so its
//! errors name the `charmap` codec with the reason `character maps to <undefined>`: decoding
//! fails byte by byte on the five unassigned bytes, encoding on each run of unmappable code
//! points (surrogates included), and a handler's replacement text is itself mapped.

use super::decoded::{DecodedText, TextBuilder};
use super::handlers::{handle_decode, handle_encode, DecodeFailure, EncodeFailure, Replacement};
use crate::text::TextError;

const ENCODING: &str = "charmap";
const REASON: &str = "character maps to <undefined>";

/// The code points of bytes `0x80..=0x9F` (0 where the byte is unassigned); every other byte
/// is its own code point.
const HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

fn decode_byte(b: u8) -> Option<char> {
    match b {
        0x80..=0x9F => match HIGH[usize::from(b - 0x80)] {
            0 => None,
            cp => char::from_u32(u32::from(cp)),
        },
        _ => Some(char::from(b)),
    }
}

fn encode_code_point(cp: u32) -> Option<u8> {
    match cp {
        0..=0x7F | 0xA0..=0xFF => Some(cp as u8),
        _ => HIGH
            .iter()
            .position(|&h| h != 0 && u32::from(h) == cp)
            .map(|i| 0x80 + i as u8),
    }
}

/// Decodes `cp1252`.
pub(crate) fn decode(data: &[u8], errors: &str) -> Result<DecodedText, TextError> {
    let mut out = TextBuilder::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        if let Some(c) = decode_byte(data[pos]) {
            out.push(c);
            pos += 1;
            continue;
        }
        let failure = DecodeFailure {
            encoding: ENCODING,
            data,
            start: pos,
            end: pos + 1,
            reason: REASON,
        };
        pos = handle_decode(errors, &failure, None, &mut out)?;
    }
    Ok(out.finish())
}

/// Encodes code points as `cp1252`.
pub(crate) fn encode(text: &[u32], errors: &str) -> Result<Vec<u8>, TextError> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if let Some(b) = encode_code_point(text[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let end = i + text[i..]
            .iter()
            .take_while(|&&cp| encode_code_point(cp).is_none())
            .count();
        let failure = EncodeFailure {
            encoding: ENCODING,
            text,
            start: i,
            end,
            reason: REASON,
        };
        // The whole run goes to the handler (CPython's `charmap_encoding_error`), so a
        // `surrogateescape` that cannot escape all of it reports the whole run.
        let escapable = |cp: &u32| (0xDC80..=0xDCFF).contains(cp);
        if errors == "surrogateescape" && !text[i..end].iter().all(escapable) {
            return Err(failure.error());
        }
        match handle_encode(errors, &failure, None)? {
            Replacement::Bytes(b) => out.extend_from_slice(&b),
            Replacement::Text(t) => {
                for c in t.chars() {
                    out.push(encode_code_point(u32::from(c)).ok_or_else(|| failure.error())?);
                }
            }
        }
        i = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte that decodes encodes back to itself.
    #[test]
    fn table_round_trips() {
        for b in 0..=255u8 {
            if let Some(c) = decode_byte(b) {
                assert_eq!(encode_code_point(u32::from(c)), Some(b), "{b:#x}");
            }
        }
        assert_eq!(encode_code_point(0x20AC), Some(0x80));
        assert_eq!(encode_code_point(0x81), None);
        assert_eq!(encode_code_point(0xD800), None);
    }
}
