//! `str.center`, `ljust`, `rjust`, `zfill` and `expandtabs`: the methods that grow a string to
//! a width. Widths are code points; a width the machine cannot allocate is a `MemoryError`, as
//! in CPython.

use crate::text::TextError;

/// A `String` with room for `bytes`, or `MemoryError`.
pub(crate) fn with_capacity(bytes: usize) -> Result<String, TextError> {
    let mut out = String::new();
    out.try_reserve_exact(bytes)
        .map_err(|_| TextError::Memory)?;
    Ok(out)
}

/// `s` with `left` and `right` copies of `fill` around it (CPython's `pad`).
fn pad(s: &str, left: usize, right: usize, fill: char) -> Result<String, TextError> {
    let bytes = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()))
        .ok_or(TextError::Memory)?;
    let mut out = with_capacity(bytes)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// How many code points `width` exceeds the length of `s` by (zero when it does not).
fn margin(s: &str, width: isize) -> usize {
    usize::try_from(width).map_or(0, |w| w.saturating_sub(s.chars().count()))
}

/// `s.center(width, fill)`. When the margin is odd, the extra fill goes left only if `width`
/// is odd too, as CPython's `marg / 2 + (marg & width & 1)` decides.
///
/// # Errors
/// `MemoryError` when the result cannot be allocated.
pub fn center(s: &str, width: isize, fill: char) -> Result<String, TextError> {
    let marg = margin(s, width);
    let left = marg / 2 + (marg & width.unsigned_abs() & 1);
    pad(s, left, marg - left, fill)
}

/// `s.ljust(width, fill)`.
///
/// # Errors
/// `MemoryError` when the result cannot be allocated.
pub fn ljust(s: &str, width: isize, fill: char) -> Result<String, TextError> {
    pad(s, 0, margin(s, width), fill)
}

/// `s.rjust(width, fill)`.
///
/// # Errors
/// `MemoryError` when the result cannot be allocated.
pub fn rjust(s: &str, width: isize, fill: char) -> Result<String, TextError> {
    pad(s, margin(s, width), 0, fill)
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
///
/// # Errors
/// `MemoryError` when the result cannot be allocated.
pub fn zfill(s: &str, width: isize) -> Result<String, TextError> {
    let fill = margin(s, width);
    match s.strip_prefix(['+', '-']) {
        Some(rest) if fill > 0 => {
            let mut out = pad(rest, fill, 0, '0')?;
            out.insert_str(0, &s[..1]);
            Ok(out)
        }
        _ => pad(s, fill, 0, '0'),
    }
}

/// `s.expandtabs(tabsize)`: each tab becomes the spaces that reach the next multiple of
/// `tabsize` columns, the column restarting after `\n` and `\r`. `tabsize` is a C `int`, as
/// CPython parses it; zero or less removes the tabs.
///
/// # Errors
/// `OverflowError: new string is too long` when the length exceeds `Py_ssize_t`, and
/// `MemoryError` when the result cannot be allocated.
pub fn expandtabs(s: &str, tabsize: i32) -> Result<String, TextError> {
    expand_tabs_with(s, tabsize, |c| matches!(c, '\n' | '\r'))
}

/// The expansion shared by `str` and `bytes` (a Latin-1 view), which agree on `\n` and `\r`.
pub(crate) fn expand_tabs_with(
    s: &str,
    tabsize: i32,
    is_eol: fn(char) -> bool,
) -> Result<String, TextError> {
    let too_long = || TextError::Overflow("new string is too long".to_owned());
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let (mut column, mut spaces, mut others) = (0usize, 0usize, 0usize);
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - column % tab;
                column += incr;
                spaces = spaces.checked_add(incr).ok_or_else(too_long)?;
            }
        } else {
            column = if is_eol(c) { 0 } else { column + 1 };
            others += 1;
        }
        if spaces
            .checked_add(others)
            .is_none_or(|n| n > isize::MAX.unsigned_abs())
        {
            return Err(too_long());
        }
    }
    let mut out = with_capacity(s.len().checked_add(spaces).ok_or(TextError::Memory)?)?;
    column = 0;
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - column % tab;
                column += incr;
                out.extend(std::iter::repeat_n(' ', incr));
            }
        } else {
            column = if is_eol(c) { 0 } else { column + 1 };
            out.push(c);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::pyref::{self, Rng};

    #[test]
    fn padding_agrees_with_python() {
        let mut rng = Rng::new(23);
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for _ in 0..4000 {
            let mut s = rng.text(6);
            if rng.below(3) == 0 {
                s.insert(0, rng.pick(&['+', '-', '\t']));
            }
            if rng.below(3) == 0 {
                s.push('\t');
                s.push_str(&rng.text(3));
                s.push('\t');
            }
            let width = rng.below(14) as isize - 3;
            let fill = rng.pick(&[' ', '*', 'é', '\u{1f600}']);
            let tab = rng.pick(&[-1, 0, 1, 3, 8]);
            inputs.push(format!(
                "{} {width} {} {tab}",
                pyref::arg(&s),
                pyref::arg(&fill.to_string())
            ));
            ours.push(
                [
                    center(&s, width, fill),
                    ljust(&s, width, fill),
                    rjust(&s, width, fill),
                    zfill(&s, width),
                    expandtabs(&s, tab),
                ]
                .into_iter()
                .map(pyref::shown)
                .collect::<Vec<_>>()
                .join(" "),
            );
        }
        let theirs = pyref::run_python(
            "import functools\n\
             for line in sys.stdin.read().splitlines():\n\
             \x20   w = line.split()\n\
             \x20   s, n, f, t = arg(w[0]), int(w[1]), arg(w[2]), int(w[3])\n\
             \x20   show(lambda: s.center(n, f)); show(lambda: s.ljust(n, f)); show(lambda: s.rjust(n, f))\n\
             \x20   show(lambda: s.zfill(n)); show(lambda: s.expandtabs(t))\n",
            &inputs,
        );
        let theirs: Vec<String> = theirs.chunks(5).map(|c| c.join(" ")).collect();
        pyref::assert_lines_eq(&inputs, &ours, &theirs);
    }

    #[test]
    fn huge_widths_fail_cleanly() {
        assert_eq!(center("a", isize::MAX, ' '), Err(TextError::Memory));
        assert_eq!(ljust("a", isize::MAX, '\u{1f600}'), Err(TextError::Memory));
    }
}
