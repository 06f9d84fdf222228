//! The `start`/`end` arguments of `find`, `count`, `startswith` and friends, resolved as
//! CPython's `ADJUST_INDICES` does: negative values count from the end and clamp at zero, `end`
//! clamps at the length, and `start` may lie past the end (then nothing matches, not even the
//! empty string).
//!
//! Arguments arrive as `Option<isize>`: `None` for an omitted or `None` argument, and Python
//! ints outside `isize` clamped into it by the caller (as `_PyEval_SliceIndex` clamps them to
//! `Py_ssize_t`), which resolves them the same way.

/// The part of a text that a search looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StrWindow<'a> {
    /// The window itself.
    pub(crate) text: &'a str,
    /// The code-point index of its first character in the whole text.
    pub(crate) start: usize,
}

/// Resolves one index against a length that is only computed when a negative index needs it.
fn resolve(index: isize, len: &mut impl FnMut() -> usize) -> usize {
    if index >= 0 {
        index.unsigned_abs()
    } else {
        len().saturating_sub(index.unsigned_abs())
    }
}

/// Byte offset of code point `cp` counted from the start of `s`, or `None` past its end.
pub(crate) fn byte_offset(s: &str, cp: usize) -> Option<usize> {
    if cp == 0 {
        return Some(0);
    }
    match s.char_indices().nth(cp) {
        Some((b, _)) => Some(b),
        None => (s.chars().count() == cp).then_some(s.len()),
    }
}

/// The window `s[start:end]` of a str in code points, or `None` when `start` lies after `end`
/// (which then also lies past the end of the text). Walks only as far into `s` as the indices
/// reach, unless one is negative.
pub(crate) fn str_window(
    s: &str,
    start: Option<isize>,
    end: Option<isize>,
) -> Option<StrWindow<'_>> {
    let mut cached = None;
    let mut len = || *cached.get_or_insert_with(|| s.chars().count());
    let start = start.map_or(0, |i| resolve(i, &mut len));
    let end = end.map(|i| resolve(i, &mut len));
    if end.is_some_and(|end| start > end) {
        return None;
    }
    let byte_start = byte_offset(s, start)?;
    let rest = &s[byte_start..];
    let text = match end {
        None => rest,
        Some(end) => match rest.char_indices().nth(end - start) {
            Some((b, _)) => &rest[..b],
            None => rest,
        },
    };
    Some(StrWindow { text, start })
}

/// The byte range `b[start:end]` selects, or `None` when `start` lies after `end`.
pub(crate) fn bytes_window(
    len: usize,
    start: Option<isize>,
    end: Option<isize>,
) -> Option<(usize, usize)> {
    let mut get_len = || len;
    let start = start.map_or(0, |i| resolve(i, &mut get_len));
    let end = end.map_or(len, |i| resolve(i, &mut get_len).min(len));
    (start <= end).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows() {
        let w = |s, a, b| str_window(s, a, b).map(|w| (w.text, w.start));
        assert_eq!(w("héllo", Some(1), Some(3)), Some(("él", 1)));
        assert_eq!(w("héllo", Some(-2), None), Some(("lo", 3)));
        assert_eq!(w("héllo", Some(5), Some(100)), Some(("", 5)));
        assert_eq!(w("héllo", Some(6), None), None);
        assert_eq!(w("héllo", Some(6), Some(100)), None);
        assert_eq!(w("héllo", Some(3), Some(2)), None);
        assert_eq!(
            w("héllo", Some(isize::MIN), Some(isize::MIN)),
            Some(("", 0))
        );
        assert_eq!(bytes_window(3, Some(4), None), None);
        assert_eq!(bytes_window(3, Some(-1), Some(isize::MAX)), Some((2, 3)));
    }
}
