//! Latin-1 and ASCII, the codecs whose characters are single bytes below a limit.

use super::decoded::{DecodedText, TextBuilder};
use super::handlers::{handle_decode, handle_encode, DecodeFailure, EncodeFailure, Replacement};
use crate::text::TextError;

/// Which of the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Limit {
    Latin1,
    Ascii,
}

impl Limit {
    fn bound(self) -> u32 {
        match self {
            Limit::Latin1 => 0x100,
            Limit::Ascii => 0x80,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Limit::Latin1 => "latin-1",
            Limit::Ascii => "ascii",
        }
    }

    fn reason(self) -> &'static str {
        match self {
            Limit::Latin1 => "ordinal not in range(256)",
            Limit::Ascii => "ordinal not in range(128)",
        }
    }
}

/// Decodes Latin-1 (never fails) or ASCII (each byte from 0x80 up is its own error).
pub(crate) fn decode(data: &[u8], errors: &str, limit: Limit) -> Result<DecodedText, TextError> {
    if limit == Limit::Latin1 || data.is_ascii() {
        return Ok(DecodedText::Str(
            data.iter().map(|&b| char::from(b)).collect(),
        ));
    }
    let mut out = TextBuilder::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        if data[pos] < 0x80 {
            out.push(char::from(data[pos]));
            pos += 1;
            continue;
        }
        let failure = DecodeFailure {
            encoding: limit.name(),
            data,
            start: pos,
            end: pos + 1,
            reason: limit.reason(),
        };
        pos = handle_decode(errors, &failure, None, &mut out)?;
    }
    Ok(out.finish())
}

/// Encodes code points below the limit as bytes; each run of code points at or above it goes
/// to the error handler as one stretch.
pub(crate) fn encode(text: &[u32], errors: &str, limit: Limit) -> Result<Vec<u8>, TextError> {
    let bound = limit.bound();
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] < bound {
            out.push(text[i] as u8);
            i += 1;
            continue;
        }
        let end = i + text[i..].iter().take_while(|&&cp| cp >= bound).count();
        let failure = EncodeFailure {
            encoding: limit.name(),
            text,
            start: i,
            end,
            reason: limit.reason(),
        };
        match handle_encode(errors, &failure, None)? {
            Replacement::Bytes(b) => out.extend_from_slice(&b),
            Replacement::Text(t) => {
                if t.chars().any(|c| u32::from(c) >= bound) {
                    return Err(failure.error());
                }
                out.extend(t.chars().map(|c| u32::from(c) as u8));
            }
        }
        i = end;
    }
    Ok(out)
}
