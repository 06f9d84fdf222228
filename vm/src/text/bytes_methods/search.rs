//! `bytes.find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith` and `in`, with
//! byte offsets. An int argument (`b.find(97)`) is the caller's to turn into a one-byte needle
//! with [`byte_needle`].

use crate::text::window::bytes_window;
use crate::text::TextError;

/// The first occurrence of `needle` in `hay`.
pub(crate) fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(0),
        [b] => hay.iter().position(|x| x == b),
        [first, rest @ ..] => {
            let last_start = hay.len().checked_sub(needle.len())?;
            (0..=last_start).find(|&i| hay[i] == *first && hay[i + 1..i + needle.len()] == *rest)
        }
    }
}

/// The last occurrence of `needle` in `hay`.
pub(crate) fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let last_start = hay.len().checked_sub(needle.len())?;
    (0..=last_start)
        .rev()
        .find(|&i| hay[i..i + needle.len()] == *needle)
}

/// Non-overlapping occurrences of a non-empty `needle`, left to right, up to `limit`.
pub(crate) fn match_offsets(hay: &[u8], needle: &[u8], limit: usize) -> Vec<usize> {
    let mut found = Vec::new();
    let mut at = 0;
    while found.len() < limit {
        match find_in(&hay[at..], needle) {
            Some(i) => {
                found.push(at + i);
                at += i + needle.len();
            }
            None => break,
        }
    }
    found
}

/// An int argument of the search methods as a one-byte needle.
///
/// # Errors
/// `ValueError: byte must be in range(0, 256)`.
pub fn byte_needle(value: i64) -> Result<[u8; 1], TextError> {
    u8::try_from(value)
        .map(|b| [b])
        .map_err(|_| TextError::value("byte must be in range(0, 256)"))
}

/// `b.find(sub, start, end)`.
pub fn find(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> isize {
    bytes_window(b.len(), start, end)
        .and_then(|(s, e)| find_in(&b[s..e], sub).map(|i| (s + i) as isize))
        .unwrap_or(-1)
}

/// `b.rfind(sub, start, end)`.
pub fn rfind(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> isize {
    bytes_window(b.len(), start, end)
        .and_then(|(s, e)| rfind_in(&b[s..e], sub).map(|i| (s + i) as isize))
        .unwrap_or(-1)
}

/// `b.index(sub, start, end)`.
///
/// # Errors
/// `ValueError: subsection not found`.
pub fn index(
    b: &[u8],
    sub: &[u8],
    start: Option<isize>,
    end: Option<isize>,
) -> Result<usize, TextError> {
    usize::try_from(find(b, sub, start, end)).map_err(|_| TextError::value("subsection not found"))
}

/// `b.rindex(sub, start, end)`.
///
/// # Errors
/// `ValueError: subsection not found`.
pub fn rindex(
    b: &[u8],
    sub: &[u8],
    start: Option<isize>,
    end: Option<isize>,
) -> Result<usize, TextError> {
    usize::try_from(rfind(b, sub, start, end)).map_err(|_| TextError::value("subsection not found"))
}

/// `b.count(sub, start, end)`.
pub fn count(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> usize {
    match bytes_window(b.len(), start, end) {
        None => 0,
        Some((s, e)) if sub.is_empty() => e - s + 1,
        Some((s, e)) => match_offsets(&b[s..e], sub, usize::MAX).len(),
    }
}

/// `b.startswith(prefix, start, end)` for one prefix.
pub fn startswith(b: &[u8], prefix: &[u8], start: Option<isize>, end: Option<isize>) -> bool {
    bytes_window(b.len(), start, end).is_some_and(|(s, e)| b[s..e].starts_with(prefix))
}

/// `b.endswith(suffix, start, end)` for one suffix.
pub fn endswith(b: &[u8], suffix: &[u8], start: Option<isize>, end: Option<isize>) -> bool {
    bytes_window(b.len(), start, end).is_some_and(|(s, e)| b[s..e].ends_with(suffix))
}

/// `sub in b`.
pub fn contains(b: &[u8], sub: &[u8]) -> bool {
    find_in(b, sub).is_some()
}
