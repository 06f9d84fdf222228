//! The standard error handlers for codecs implemented outside this module (the `_codecs`
//! module's `charmap_encode`/`charmap_decode`), which find their failures themselves.
use super::decoded::TextBuilder;
use super::handlers::{self, DecodeFailure, EncodeFailure};
use crate::text::TextError;

/// What an encode handler substitutes for a failed stretch.
pub enum EncodeReplacement {
    /// Text, which the codec encodes in turn.
    Text(Vec<u32>),
    /// Bytes written as they are.
    Bytes(Vec<u8>),
}

/// Applies the standard handler named `errors` to `text[start..end]`, which `encoding` could
/// not encode for `reason`; encoding resumes at `end`.
///
/// # Errors
/// The `UnicodeEncodeError` (`strict`, or a handler that gives up), `LookupError` for a name
/// that is not a standard handler.
pub fn handle_encode(
    errors: &str,
    encoding: &str,
    text: &[u32],
    start: usize,
    end: usize,
    reason: &str,
) -> Result<EncodeReplacement, TextError> {
    let failure = EncodeFailure {
        encoding,
        text,
        start,
        end,
        reason,
    };
    Ok(match handlers::handle_encode(errors, &failure, None)? {
        handlers::Replacement::Text(s) => {
            EncodeReplacement::Text(s.chars().map(u32::from).collect())
        }
        handlers::Replacement::Bytes(b) => EncodeReplacement::Bytes(b),
    })
}

/// Applies the standard handler named `errors` to `data[start..end]`, which `encoding` could
/// not decode for `reason`: the replacement code points and where decoding resumes.
///
/// # Errors
/// As [`handle_encode`], with `UnicodeDecodeError`.
pub fn handle_decode(
    errors: &str,
    encoding: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> Result<(Vec<u32>, usize), TextError> {
    let failure = DecodeFailure {
        encoding,
        data,
        start,
        end,
        reason,
    };
    let mut out = TextBuilder::default();
    let next = handlers::handle_decode(errors, &failure, None, &mut out)?;
    Ok((out.finish().code_points(), next))
}
