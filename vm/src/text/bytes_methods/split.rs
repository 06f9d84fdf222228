//! `bytes.split`, `rsplit`, `splitlines`, `partition`, `rpartition` and the strips, with
//! ASCII whitespace (space, `\t`, `\n`, `\r`, `\v`, `\f`: C's `isspace`, unlike `str`'s).

use super::search::{find_in, match_offsets, rfind_in};
use crate::text::TextError;

/// `Py_ISSPACE`.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn limit(maxsplit: isize) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

fn empty_separator() -> TextError {
    TextError::value("empty separator")
}

/// `b.split(sep, maxsplit)`.
///
/// # Errors
/// `ValueError: empty separator`.
pub fn split<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: isize,
) -> Result<Vec<&'a [u8]>, TextError> {
    let mut limit = limit(maxsplit);
    let mut pieces = Vec::new();
    match sep {
        Some([]) => return Err(empty_separator()),
        Some(sep) => {
            let mut last = 0;
            for at in match_offsets(b, sep, limit) {
                pieces.push(&b[last..at]);
                last = at + sep.len();
            }
            pieces.push(&b[last..]);
        }
        None => {
            let mut rest = strip(b, None, super::StripSide::Left);
            while !rest.is_empty() {
                if limit == 0 {
                    pieces.push(rest);
                    break;
                }
                limit -= 1;
                let end = rest.iter().position(|&c| is_space(c)).unwrap_or(rest.len());
                pieces.push(&rest[..end]);
                rest = strip(&rest[end..], None, super::StripSide::Left);
            }
        }
    }
    Ok(pieces)
}

/// `b.rsplit(sep, maxsplit)`.
///
/// # Errors
/// `ValueError: empty separator`.
pub fn rsplit<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: isize,
) -> Result<Vec<&'a [u8]>, TextError> {
    let mut limit = limit(maxsplit);
    let mut pieces = Vec::new();
    match sep {
        Some([]) => return Err(empty_separator()),
        Some(sep) => {
            let mut rest = b;
            while limit > 0 {
                let Some(at) = rfind_in(rest, sep) else { break };
                pieces.push(&rest[at + sep.len()..]);
                rest = &rest[..at];
                limit -= 1;
            }
            pieces.push(rest);
        }
        None => {
            let mut rest = strip(b, None, super::StripSide::Right);
            while !rest.is_empty() {
                if limit == 0 {
                    pieces.push(rest);
                    break;
                }
                limit -= 1;
                let start = rest.iter().rposition(|&c| is_space(c)).map_or(0, |i| i + 1);
                pieces.push(&rest[start..]);
                rest = strip(&rest[..start], None, super::StripSide::Right);
            }
        }
    }
    pieces.reverse();
    Ok(pieces)
}

/// `b.splitlines(keepends)`: only `\n`, `\r` and `\r\n` end lines in bytes.
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let mut rest = b;
    while !rest.is_empty() {
        match rest.iter().position(|&c| c == b'\n' || c == b'\r') {
            None => {
                lines.push(rest);
                break;
            }
            Some(i) => {
                let width = if rest[i..].starts_with(b"\r\n") { 2 } else { 1 };
                lines.push(if keepends {
                    &rest[..i + width]
                } else {
                    &rest[..i]
                });
                rest = &rest[i + width..];
            }
        }
    }
    lines
}

/// A partition: before, separator, after.
pub type Parts<'a> = (&'a [u8], &'a [u8], &'a [u8]);

/// `b.partition(sep)`.
///
/// # Errors
/// `ValueError: empty separator`.
pub fn partition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, TextError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match find_in(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (b, &[], &[]),
    })
}

/// `b.rpartition(sep)`.
///
/// # Errors
/// `ValueError: empty separator`.
pub fn rpartition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, TextError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match rfind_in(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (&[], &[], b),
    })
}

/// `b.strip(chars)`, `lstrip`, `rstrip`: ASCII whitespace, or any byte of `chars`.
pub fn strip<'a>(b: &'a [u8], chars: Option<&[u8]>, side: super::StripSide) -> &'a [u8] {
    let strips = |c: &u8| chars.map_or(is_space(*c), |set| set.contains(c));
    let start = if side == super::StripSide::Right {
        0
    } else {
        b.iter().position(|c| !strips(c)).unwrap_or(b.len())
    };
    let b = &b[start..];
    let end = if side == super::StripSide::Left {
        b.len()
    } else {
        b.iter().rposition(|c| !strips(c)).map_or(0, |i| i + 1)
    };
    &b[..end]
}
