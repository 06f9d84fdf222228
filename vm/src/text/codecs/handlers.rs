//! The standard error handlers (`strict`, `ignore`, `replace`, `backslashreplace`,
//! `xmlcharrefreplace`, `namereplace`, `surrogateescape`, `surrogatepass`) as CPython's
//! `Python/codecs.c` applies them to one encode or decode error.
//!
//! A handler is looked up only when an error occurs, as in CPython, so an unknown name is
//! harmless for text that encodes cleanly.

use std::fmt::Write;

use super::decoded::TextBuilder;
use crate::text::TextError;

/// A standard error handler.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
}

impl Handler {
    /// `codecs.lookup_error(name)`.
    pub(crate) fn lookup(name: &str) -> Result<Handler, TextError> {
        Ok(match name {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "namereplace" => Handler::NameReplace,
            "surrogateescape" => Handler::SurrogateEscape,
            "surrogatepass" => Handler::SurrogatePass,
            _ => {
                return Err(TextError::Lookup(format!(
                    "unknown error handler name '{name}'"
                )))
            }
        })
    }
}

/// How a UTF codec writes one code point, for `surrogatepass`; `None` for the other codecs,
/// where `surrogatepass` re-raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Utf {
    Eight,
    SixteenLe,
    SixteenBe,
    ThirtyTwoLe,
    ThirtyTwoBe,
}

impl Utf {
    fn width(self) -> usize {
        match self {
            Utf::Eight => 3,
            Utf::SixteenLe | Utf::SixteenBe => 2,
            Utf::ThirtyTwoLe | Utf::ThirtyTwoBe => 4,
        }
    }

    /// Writes a surrogate as this codec would write any other code point.
    fn encode_surrogate(self, cp: u32, out: &mut Vec<u8>) {
        match self {
            Utf::Eight => out.extend_from_slice(&[
                0xe0 | (cp >> 12) as u8,
                0x80 | ((cp >> 6) & 0x3f) as u8,
                0x80 | (cp & 0x3f) as u8,
            ]),
            Utf::SixteenLe => out.extend_from_slice(&(cp as u16).to_le_bytes()),
            Utf::SixteenBe => out.extend_from_slice(&(cp as u16).to_be_bytes()),
            Utf::ThirtyTwoLe => out.extend_from_slice(&cp.to_le_bytes()),
            Utf::ThirtyTwoBe => out.extend_from_slice(&cp.to_be_bytes()),
        }
    }

    /// Reads the code point this codec wrote at the start of `b`, if `b` is long enough and
    /// well-formed for it.
    fn decode_one(self, b: &[u8]) -> Option<u32> {
        let b = b.get(..self.width())?;
        match self {
            Utf::Eight => {
                (b[0] & 0xf0 == 0xe0 && b[1] & 0xc0 == 0x80 && b[2] & 0xc0 == 0x80).then(|| {
                    (u32::from(b[0] & 0x0f) << 12)
                        | (u32::from(b[1] & 0x3f) << 6)
                        | u32::from(b[2] & 0x3f)
                })
            }
            Utf::SixteenLe => Some(u32::from(u16::from_le_bytes([b[0], b[1]]))),
            Utf::SixteenBe => Some(u32::from(u16::from_be_bytes([b[0], b[1]]))),
            Utf::ThirtyTwoLe => Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            Utf::ThirtyTwoBe => Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]])),
        }
    }
}

fn is_surrogate(cp: u32) -> bool {
    (0xd800..0xe000).contains(&cp)
}

/// One failed stretch of a decode: the attributes of its `UnicodeDecodeError`.
pub(crate) struct DecodeFailure<'a> {
    pub(crate) encoding: &'a str,
    pub(crate) data: &'a [u8],
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) reason: &'a str,
}

impl DecodeFailure<'_> {
    pub(crate) fn error(&self) -> TextError {
        TextError::UnicodeDecode {
            encoding: self.encoding.to_owned(),
            start: self.start,
            end: self.end,
            reason: self.reason.to_owned(),
            first: self.data.get(self.start).copied().unwrap_or(0),
        }
    }
}

/// Applies the handler named `errors` to a decode failure: appends the replacement to `out`
/// and returns where decoding resumes.
pub(crate) fn handle_decode(
    errors: &str,
    failure: &DecodeFailure<'_>,
    utf: Option<Utf>,
    out: &mut TextBuilder,
) -> Result<usize, TextError> {
    let bad = failure.data.get(failure.start..failure.end).unwrap_or(&[]);
    match Handler::lookup(errors)? {
        Handler::Strict => Err(failure.error()),
        Handler::Ignore => Ok(failure.end),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(failure.end)
        }
        Handler::BackslashReplace => {
            let mut s = String::new();
            for b in bad {
                let _ = write!(s, "\\x{b:02x}");
            }
            out.push_str(&s);
            Ok(failure.end)
        }
        Handler::XmlCharRefReplace | Handler::NameReplace => Err(TextError::type_error(
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        Handler::SurrogateEscape => {
            // At most four bytes per call, stopping at the first ASCII byte, as CPython does.
            let taken = bad.iter().take(4).take_while(|&&b| b >= 0x80).count();
            if taken == 0 {
                return Err(failure.error());
            }
            for &b in &bad[..taken] {
                out.push_code_point(0xdc00 + u32::from(b));
            }
            Ok(failure.start + taken)
        }
        Handler::SurrogatePass => {
            let utf = utf.ok_or_else(|| failure.error())?;
            match utf.decode_one(&failure.data[failure.start.min(failure.data.len())..]) {
                Some(cp) if is_surrogate(cp) => {
                    out.push_code_point(cp);
                    Ok(failure.start + utf.width())
                }
                _ => Err(failure.error()),
            }
        }
    }
}

/// One failed stretch of an encode: the attributes of its `UnicodeEncodeError`.
#[derive(Clone, Copy)]
pub(crate) struct EncodeFailure<'a> {
    pub(crate) encoding: &'a str,
    pub(crate) text: &'a [u32],
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) reason: &'a str,
}

impl EncodeFailure<'_> {
    pub(crate) fn error(&self) -> TextError {
        TextError::UnicodeEncode {
            encoding: self.encoding.to_owned(),
            start: self.start,
            end: self.end,
            reason: self.reason.to_owned(),
            first: self.text.get(self.start).copied().unwrap_or(0),
        }
    }

    fn bad(&self) -> &[u32] {
        self.text.get(self.start..self.end).unwrap_or(&[])
    }
}

/// What an encode error handler substitutes.
pub(crate) enum Replacement {
    /// Text, which the codec encodes in turn (always ASCII for the standard handlers).
    Text(String),
    /// Bytes written as they are.
    Bytes(Vec<u8>),
}

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` for `cp`.
pub(crate) fn push_backslash_escape(cp: u32, out: &mut String) {
    let _ = match cp {
        0..=0xff => write!(out, "\\x{cp:02x}"),
        0x100..=0xffff => write!(out, "\\u{cp:04x}"),
        _ => write!(out, "\\U{cp:08x}"),
    };
}

/// Applies the handler named `errors` to an encode failure: the replacement for the failed
/// stretch (encoding resumes at its end).
pub(crate) fn handle_encode(
    errors: &str,
    failure: &EncodeFailure<'_>,
    utf: Option<Utf>,
) -> Result<Replacement, TextError> {
    let bad = failure.bad();
    Ok(match Handler::lookup(errors)? {
        Handler::Strict => return Err(failure.error()),
        Handler::Ignore => Replacement::Text(String::new()),
        Handler::Replace => Replacement::Text("?".repeat(bad.len())),
        Handler::BackslashReplace => {
            let mut s = String::new();
            bad.iter().for_each(|&cp| push_backslash_escape(cp, &mut s));
            Replacement::Text(s)
        }
        Handler::XmlCharRefReplace => {
            let mut s = String::new();
            for &cp in bad {
                let _ = write!(s, "&#{cp};");
            }
            Replacement::Text(s)
        }
        Handler::NameReplace => {
            let mut s = String::new();
            for &cp in bad {
                match super::names_db::char_name(cp) {
                    Some(name) => {
                        let _ = write!(s, "\\N{{{name}}}");
                    }
                    None => push_backslash_escape(cp, &mut s),
                }
            }
            Replacement::Text(s)
        }
        Handler::SurrogateEscape => {
            let escapable = bad
                .iter()
                .take_while(|&&cp| (0xdc80..=0xdcff).contains(&cp))
                .count();
            if escapable < bad.len() {
                // CPython's encoders write the escapable prefix themselves and hand only the
                // rest to the handler, so that is the stretch the error reports.
                return Err(EncodeFailure {
                    start: failure.start + escapable,
                    ..*failure
                }
                .error());
            }
            Replacement::Bytes(bad.iter().map(|&cp| (cp - 0xdc00) as u8).collect())
        }
        Handler::SurrogatePass => {
            let utf = utf.ok_or_else(|| failure.error())?;
            let mut bytes = Vec::with_capacity(bad.len() * utf.width());
            for &cp in bad {
                if !is_surrogate(cp) {
                    return Err(failure.error());
                }
                utf.encode_surrogate(cp, &mut bytes);
            }
            Replacement::Bytes(bytes)
        }
    })
}
