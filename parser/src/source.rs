//! Source bytes to text: the UTF-8 BOM and PEP 263 coding cookies, as CPython's tokenizer reads them.

use crate::error::{ErrorKind, SyntaxError};

fn error(msg: String, lineno: u32, offset: u32) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg,
        filename: String::new(),
        lineno,
        offset,
        end_lineno: lineno,
        end_offset: i64::from(offset),
        text: None,
        incomplete: false,
    }
}

/// The encoding named by a coding cookie in `line` (`# -*- coding: latin-1 -*-`), if any.
fn cookie(line: &[u8]) -> Option<String> {
    let line = std::str::from_utf8(line).ok()?;
    let trimmed = line.trim_start_matches([' ', '\t', '\x0c']);
    if !trimmed.starts_with('#') {
        return None;
    }
    let at = trimmed.find("coding")?;
    let rest = &trimmed[at + 6..];
    let rest = rest.strip_prefix([':', '='])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

/// Whether a line holds only whitespace and maybe a comment (so the cookie may be on the next one).
fn blank_or_comment(line: &[u8]) -> bool {
    let t: Vec<u8> = line
        .iter()
        .copied()
        .skip_while(|c| matches!(c, b' ' | b'\t' | b'\x0c'))
        .collect();
    t.is_empty() || matches!(t[0], b'#' | b'\n' | b'\r')
}

/// How the codec registry spells a name: lower case, `-` and spaces as `_`.
fn codec_key(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// The decoder a cookie names.
enum Codec {
    Utf8,
    Latin1,
    Ascii,
    Table(&'static [u16; 128]),
}

fn codec(name: &str) -> Option<Codec> {
    let key = codec_key(name);
    Some(match key.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        k if k.starts_with("utf_8_") => Codec::Utf8,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "iso8859" | "8859"
        | "cp819" | "ibm819" | "csisolatin1" | "iso_ir_100" | "iso_latin_1" => Codec::Latin1,
        k if k.starts_with("latin_1_")
            || k.starts_with("iso_8859_1_")
            || k.starts_with("iso_latin_1_") =>
        {
            Codec::Latin1
        }
        "ascii" | "us_ascii" | "646" | "us" | "cp367" | "ibm367" | "csascii" | "iso646_us"
        | "iso_ir_6" => Codec::Ascii,
        k => Codec::Table(crate::codecs::table(k)?),
    })
}

/// Whether `bytes` start with a UTF-8 BOM, the bytes after it, and the encoding a coding cookie on line
/// 1 or 2 names.
fn declaration(bytes: &[u8]) -> (bool, &[u8], Option<String>) {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let mut lines = body.split_inclusive(|&c| c == b'\n');
    let first = lines.next().unwrap_or(b"");
    let mut enc = cookie(first);
    if enc.is_none() && blank_or_comment(first) {
        enc = lines.next().and_then(cookie);
    }
    (bom, body, enc)
}

/// [`decode_source`] of a file named `filename`: CPython's file tokenizer checks each line of a file
/// without a declared encoding for UTF-8 (comments included), which a string passed to `compile` skips.
///
/// # Errors
/// As [`decode_source`]; "Non-UTF-8 code starting with ..." for such a file that is not UTF-8.
pub fn decode_file_source(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    if let (false, body, None) = declaration(bytes) {
        if let Err(e) = std::str::from_utf8(body) {
            let at = e.valid_up_to();
            let lineno = body[..at].iter().filter(|&&c| c == b'\n').count() + 1;
            return Err(error(
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {lineno}, but no \
                     encoding declared; see https://peps.python.org/pep-0263/ for details",
                    body[at]
                ),
                0,
                0,
            ));
        }
    }
    decode_source(bytes)
}

/// Decodes a source file's bytes: a UTF-8 BOM, then a coding cookie on line 1 or 2.
///
/// # Errors
/// CPython's `SyntaxError` for an unknown or contradictory encoding, or bytes that do not decode.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    let (bom, body, enc) = declaration(bytes);
    let Some(raw) = enc else {
        return decode_utf8(body, bom);
    };
    let Some(c) = codec(&raw) else {
        return Err(error(format!("unknown encoding: {raw}"), 0, 0));
    };
    // With a BOM, CPython accepts only the spellings its `get_normal_name` folds into `utf-8`.
    let normal = raw.to_ascii_lowercase().replace('_', "-");
    match c {
        Codec::Utf8 if !bom || normal == "utf-8" || normal.starts_with("utf-8-") => decode_utf8(body, true),
        _ if bom => Err(error(format!("encoding problem: {raw} with BOM"), 0, 0)),
        Codec::Utf8 => decode_utf8(body, true),
        Codec::Latin1 => Ok(body.iter().map(|&b| b as char).collect()),
        Codec::Ascii => match body.iter().position(|b| !b.is_ascii()) {
            Some(i) => Err(error(
                format!("'ascii' codec can't decode byte 0x{:02x} in position {i}: ordinal not in range(128)", body[i]),
                0,
                0,
            )),
            None => decode_utf8(body, true),
        },
        Codec::Table(t) => body
            .iter()
            .enumerate()
            .map(|(i, &b)| {
                if b < 128 {
                    return Ok(b as char);
                }
                char::from_u32(u32::from(t[usize::from(b) - 128])).filter(|&c| c != '\u{ffff}').ok_or_else(|| {
                    error(format!("'charmap' codec can't decode byte 0x{b:02x} in position {i}: character maps to <undefined>"), 0, 0)
                })
            })
            .collect(),
    }
}

/// UTF-8 source: invalid bytes are an error only in the tokens CPython decodes.
fn decode_utf8(body: &[u8], declared: bool) -> Result<String, SyntaxError> {
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(_) => crate::source_utf8::decode_invalid_utf8(body, declared),
    }
}
