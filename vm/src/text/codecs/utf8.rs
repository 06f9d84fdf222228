//! UTF-8, as CPython decodes it: invalid stretches are the "maximal subparts" of the Unicode
//! standard (the same ones Rust's `Utf8Error::error_len` reports), surrogates are invalid, and a
//! sequence cut off by the end of the data waits for more unless the data is final.

use super::decoded::{DecodedText, TextBuilder};
use super::handlers::{
    handle_decode, handle_encode, DecodeFailure, EncodeFailure, Replacement, Utf,
};
use crate::text::TextError;

const NAME: &str = "utf-8";

/// Decodes UTF-8; returns the text and how many bytes were consumed (all of them when
/// `final_`, otherwise all but an incomplete sequence at the end).
pub(crate) fn decode(
    data: &[u8],
    errors: &str,
    final_: bool,
) -> Result<(DecodedText, usize), TextError> {
    if let Ok(s) = std::str::from_utf8(data) {
        return Ok((DecodedText::Str(s.to_owned()), data.len()));
    }
    let mut out = TextBuilder::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        let err = match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                out.push_str(s);
                pos = data.len();
                break;
            }
            Err(e) => e,
        };
        let valid = err.valid_up_to();
        // The prefix was just validated.
        out.push_str(std::str::from_utf8(&data[pos..pos + valid]).unwrap_or_default());
        let start = pos + valid;
        // CPython waits for more data after a truncated surrogate (`ED A0..BF` at the very end)
        // too, so that an incremental `surrogatepass` decoder can finish it.
        let truncated_surrogate = start + 2 == data.len()
            && data[start] == 0xED
            && (0xA0..=0xBF).contains(&data[start + 1]);
        let (end, reason) = match err.error_len() {
            None if !final_ => {
                pos = start;
                break;
            }
            Some(_) if !final_ && truncated_surrogate => {
                pos = start;
                break;
            }
            None => (data.len(), "unexpected end of data"),
            Some(n) => {
                let reason = if (0xc2..=0xf4).contains(&data[start]) {
                    "invalid continuation byte"
                } else {
                    "invalid start byte"
                };
                (start + n, reason)
            }
        };
        let failure = DecodeFailure {
            encoding: NAME,
            data,
            start,
            end,
            reason,
        };
        pos = handle_decode(errors, &failure, Some(Utf::Eight), &mut out)?;
    }
    Ok((out.finish(), pos))
}

/// Encodes code points as UTF-8; runs of surrogates go to the error handler.
pub(crate) fn encode(text: &[u32], errors: &str) -> Result<Vec<u8>, TextError> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if let Some(c) = char::from_u32(text[i]) {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            i += 1;
            continue;
        }
        let end = i + text[i..]
            .iter()
            .take_while(|&&cp| char::from_u32(cp).is_none())
            .count();
        let failure = EncodeFailure {
            encoding: NAME,
            text,
            start: i,
            end,
            reason: "surrogates not allowed",
        };
        match handle_encode(errors, &failure, Some(Utf::Eight))? {
            Replacement::Bytes(b) => out.extend_from_slice(&b),
            Replacement::Text(t) if t.is_ascii() => out.extend_from_slice(t.as_bytes()),
            Replacement::Text(_) => return Err(failure.error()),
        }
        i = end;
    }
    Ok(out)
}
