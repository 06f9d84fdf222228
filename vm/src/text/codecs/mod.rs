//! The standard codecs weft implements natively: `utf-8`, `utf-16`/`-le`/`-be`,
//! `utf-32`/`-le`/`-be`, `latin-1`, `ascii`, `cp1252`, `unicode_escape` and `raw_unicode_escape`, with
//! the standard error handlers, producing CPython's exceptions with their attributes.
//!
//! Text to encode is a `&str` or, when it may hold lone surrogates (which `surrogateescape`
//! and `surrogatepass` turn into bytes), a slice of code points; decoded text is a
//! [`DecodedText`], a `String` unless a handler produced a lone surrogate. Positions in errors
//! are code-point indices (encoding) or byte offsets (decoding).

mod charmap;
mod decoded;
mod escape;
pub mod external;
mod handlers;
mod names;
mod names_db;
mod names_list;
mod single_byte;
mod utf16;
mod utf32;
mod utf7;
mod utf8;

pub use decoded::DecodedText;
pub use names::{is_non_text_encoding, normalize_encoding, Codec};
/// Character names, shared with the `unicodedata` module.
pub use names_db::{char_name, lookup_name};

use crate::text::TextError;
use single_byte::Limit;

/// The byte order of UTF-16 and UTF-32, as `codecs.utf_16_ex_decode` passes it around.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ByteOrder {
    /// Read a byte order mark if there is one (CPython's `0`); little-endian otherwise.
    Detect,
    /// Little-endian (`-1`).
    Little,
    /// Big-endian (`1`).
    Big,
}

/// The result of a decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: DecodedText,
    /// Bytes consumed: all of them when decoding is final, otherwise all but an incomplete
    /// sequence at the end, which the caller keeps for the next call.
    pub consumed: usize,
    /// For `utf-16`/`utf-32` with [`ByteOrder::Detect`], the order a byte order mark chose
    /// (still `Detect` when there was none); otherwise the order used.
    pub byte_order: ByteOrder,
    /// For `unicode_escape`: the offset of the character after the first unrecognised
    /// backslash, for the `DeprecationWarning` of [`invalid_escape_warning`].
    pub first_invalid_escape: Option<usize>,
}

impl Decoded {
    fn plain(text: DecodedText, consumed: usize) -> Decoded {
        Decoded {
            text,
            consumed,
            byte_order: ByteOrder::Detect,
            first_invalid_escape: None,
        }
    }
}

/// `codecs.lookup_error(name)` for the standard handlers.
///
/// # Errors
/// `LookupError: unknown error handler name 'NAME'`.
pub fn lookup_error(name: &str) -> Result<(), TextError> {
    handlers::Handler::lookup(name).map(|_| ())
}

/// The message of the `DeprecationWarning` that `unicode_escape` decoding emits for the first
/// unrecognised escape, at `Decoded::first_invalid_escape`.
/// An octal escape above `\\377` starts with `4` to `7` and is quoted whole.
pub fn invalid_escape_warning(data: &[u8], at: usize) -> String {
    let c = data.get(at).map_or('?', |&b| char::from(b));
    if ('4'..='7').contains(&c) {
        let digits: String = data[at..(at + 3).min(data.len())]
            .iter()
            .map(|&b| char::from(b))
            .collect();
        return format!("invalid octal escape sequence '\\{digits}'");
    }
    format!("invalid escape sequence '\\{c}'")
}

/// What a codec called through the registry was doing, for [`wrap_registry_error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    /// `str.encode`, `codecs.encode`.
    Encoding,
    /// `bytes.decode`, `codecs.decode`.
    Decoding,
}

/// CPython's `wrap_codec_error`: an error from a codec called through the registry (any name
/// but a [`Codec::fast_path`] one) is re-raised as the same class with the message
/// `encoding with 'NAME' codec failed (Class: message)`, where `NAME` is the encoding as the
/// caller spelled it. Only classes whose constructor is `BaseException`'s are rebuilt, so the
/// Unicode errors and `MemoryError` pass through unchanged.
pub fn wrap_registry_error(error: TextError, operation: Operation, encoding: &str) -> TextError {
    let verb = match operation {
        Operation::Encoding => "encoding",
        Operation::Decoding => "decoding",
    };
    let wrapped = |e: &TextError| {
        format!(
            "{verb} with '{encoding}' codec failed ({}: {})",
            e.class_name(),
            e.message()
        )
    };
    match &error {
        TextError::Value(_) => TextError::Value(wrapped(&error)),
        TextError::Type(_) => TextError::Type(wrapped(&error)),
        TextError::Index(_) => TextError::Index(wrapped(&error)),
        TextError::Overflow(_) => TextError::Overflow(wrapped(&error)),
        TextError::Lookup(_) => TextError::Lookup(wrapped(&error)),
        TextError::Memory | TextError::UnicodeEncode { .. } | TextError::UnicodeDecode { .. } => {
            error
        }
    }
}

/// `text.encode(codec, errors)`.
///
/// # Errors
/// `UnicodeEncodeError` (with the `strict` handler or a handler that gives up), `LookupError`
/// for an unknown handler name, `TypeError` for a handler that cannot encode.
pub fn encode(text: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, TextError> {
    match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Ascii if text.is_ascii() => return Ok(text.as_bytes().to_vec()),
        Codec::Latin1 if text.chars().all(|c| u32::from(c) < 0x100) => {
            return Ok(text.chars().map(|c| u32::from(c) as u8).collect())
        }
        _ => {}
    }
    let code_points: Vec<u32> = text.chars().map(u32::from).collect();
    encode_code_points(&code_points, codec, errors)
}

/// Encodes text given as code points, which may include lone surrogates.
///
/// # Errors
/// As [`encode`].
pub fn encode_code_points(text: &[u32], codec: Codec, errors: &str) -> Result<Vec<u8>, TextError> {
    match codec {
        Codec::Utf8 => utf8::encode(text, errors),
        Codec::Utf16 => utf16::encode(text, errors, ByteOrder::Detect),
        Codec::Utf16Le => utf16::encode(text, errors, ByteOrder::Little),
        Codec::Utf16Be => utf16::encode(text, errors, ByteOrder::Big),
        Codec::Utf32 => utf32::encode(text, errors, ByteOrder::Detect),
        Codec::Utf32Le => utf32::encode(text, errors, ByteOrder::Little),
        Codec::Utf32Be => utf32::encode(text, errors, ByteOrder::Big),
        Codec::Latin1 => single_byte::encode(text, errors, Limit::Latin1),
        Codec::Ascii => single_byte::encode(text, errors, Limit::Ascii),
        Codec::UnicodeEscape => Ok(escape::encode_unicode_escape(text)),
        Codec::RawUnicodeEscape => Ok(escape::encode_raw_unicode_escape(text)),
        Codec::Cp1252 => charmap::encode(text, errors),
    }
}

/// `data.decode(codec, errors)` when `final_`, or one step of an incremental decoder
/// (`codecs.utf_8_decode(data, errors, False)` and friends) otherwise.
///
/// # Errors
/// `UnicodeDecodeError` (with the `strict` handler or a handler that gives up), `LookupError`
/// for an unknown handler name, `TypeError` for a handler that only encodes.
pub fn decode(data: &[u8], codec: Codec, errors: &str, final_: bool) -> Result<Decoded, TextError> {
    match codec {
        Codec::Utf8 => utf8::decode(data, errors, final_).map(|(t, n)| Decoded::plain(t, n)),
        Codec::Utf16 => decode_utf16(data, errors, ByteOrder::Detect, final_),
        Codec::Utf16Le => decode_utf16(data, errors, ByteOrder::Little, final_),
        Codec::Utf16Be => decode_utf16(data, errors, ByteOrder::Big, final_),
        Codec::Utf32 => decode_utf32(data, errors, ByteOrder::Detect, final_),
        Codec::Utf32Le => decode_utf32(data, errors, ByteOrder::Little, final_),
        Codec::Utf32Be => decode_utf32(data, errors, ByteOrder::Big, final_),
        Codec::Latin1 => {
            single_byte::decode(data, errors, Limit::Latin1).map(|t| Decoded::plain(t, data.len()))
        }
        Codec::Ascii => {
            single_byte::decode(data, errors, Limit::Ascii).map(|t| Decoded::plain(t, data.len()))
        }
        Codec::UnicodeEscape => {
            escape::decode_unicode_escape(data, errors, final_).map(|d| Decoded {
                text: d.text,
                consumed: d.consumed,
                byte_order: ByteOrder::Detect,
                first_invalid_escape: d.first_invalid_escape,
            })
        }
        Codec::RawUnicodeEscape => escape::decode_raw_unicode_escape(data, errors, final_)
            .map(|(t, n)| Decoded::plain(t, n)),
        Codec::Cp1252 => charmap::decode(data, errors).map(|t| Decoded::plain(t, data.len())),
    }
}

/// `codecs.utf_7_encode(text)`: UTF-7 can write any code point, so it never fails.
pub fn encode_utf7(text: &[u32]) -> Vec<u8> {
    utf7::encode(text)
}

/// `codecs.utf_7_decode(data, errors, final)`.
///
/// # Errors
/// As [`decode`].
pub fn decode_utf7(data: &[u8], errors: &str, final_: bool) -> Result<Decoded, TextError> {
    utf7::decode(data, errors, final_).map(|(t, n)| Decoded::plain(t, n))
}

/// `codecs.utf_16_ex_decode(data, errors, byteorder, final)`.
///
/// # Errors
/// As [`decode`].
pub fn decode_utf16(
    data: &[u8],
    errors: &str,
    order: ByteOrder,
    final_: bool,
) -> Result<Decoded, TextError> {
    let (text, consumed, byte_order) = utf16::decode(data, errors, order, final_)?;
    Ok(Decoded {
        text,
        consumed,
        byte_order,
        first_invalid_escape: None,
    })
}

/// `codecs.utf_32_ex_decode(data, errors, byteorder, final)`.
///
/// # Errors
/// As [`decode`].
pub fn decode_utf32(
    data: &[u8],
    errors: &str,
    order: ByteOrder,
    final_: bool,
) -> Result<Decoded, TextError> {
    let (text, consumed, byte_order) = utf32::decode(data, errors, order, final_)?;
    Ok(Decoded {
        text,
        consumed,
        byte_order,
        first_invalid_escape: None,
    })
}

#[cfg(test)]
mod tests;
