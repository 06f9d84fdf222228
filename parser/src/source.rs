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
        end_offset: offset,
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

/// CPython's `get_normal_name`: the spellings it folds into `utf-8` and `iso-8859-1`.
fn normal_name(name: &str) -> String {
    let lower: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if lower == "utf-8" || lower.starts_with("utf-8-") {
        "utf-8".into()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"]
        .iter()
        .any(|n| lower == *n || lower.starts_with(&format!("{n}-")))
    {
        "iso-8859-1".into()
    } else {
        name.to_string()
    }
}

/// Decodes a source file's bytes: a UTF-8 BOM, then a coding cookie on line 1 or 2.
///
/// # Errors
/// CPython's `SyntaxError` for an unknown or contradictory encoding, or bytes that do not decode.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
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
    let enc = enc.map(|e| (normal_name(&e), e));
    match enc.as_ref().map(|(n, raw)| (n.as_str(), raw.as_str())) {
        None | Some(("utf-8", _)) => decode_utf8(body),
        Some((_, raw)) if bom => Err(error(format!("encoding problem: {raw} with BOM"), 0, 0)),
        Some(("iso-8859-1", _)) => Ok(body.iter().map(|&b| b as char).collect()),
        Some((n, _)) if matches!(n.to_ascii_lowercase().replace('_', "-").as_str(), "ascii" | "us-ascii" | "646") => {
            match body.iter().position(|b| !b.is_ascii()) {
                Some(i) => Err(error(
                    format!("'ascii' codec can't decode byte 0x{:02x} in position {i}: ordinal not in range(128)", body[i]),
                    0,
                    0,
                )),
                None => decode_utf8(body),
            }
        }
        Some((_, raw)) => Err(error(format!("unknown encoding: {raw}"), 0, 0)),
    }
}

fn decode_utf8(body: &[u8]) -> Result<String, SyntaxError> {
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let lineno = body[..at].iter().filter(|&&c| c == b'\n').count() as u32 + 1;
            let line_start = body[..at]
                .iter()
                .rposition(|&c| c == b'\n')
                .map_or(0, |i| i + 1);
            let why = if e.error_len().is_some() {
                "invalid start byte"
            } else {
                "unexpected end of data"
            };
            let msg = format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: {why}",
                body[at],
                at - line_start
            );
            Err(error(msg, lineno, (at - line_start) as u32 + 1))
        }
    }
}
