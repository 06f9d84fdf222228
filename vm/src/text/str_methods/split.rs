//! `str.split`, `rsplit`, `splitlines`, `partition` and `rpartition`. Pieces borrow from the
//! input; the vm makes them `str` objects.

use crate::text::unicode_props::is_space;
use crate::text::TextError;

/// `maxsplit` as a count: negative means unlimited.
fn limit(maxsplit: isize) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

fn empty_separator() -> TextError {
    TextError::value("empty separator")
}

/// `s.split(sep, maxsplit)`. With `sep` `None`, runs of whitespace separate and leading and
/// trailing whitespace yields no empty pieces; once `maxsplit` splits are made, the rest (with
/// its leading whitespace dropped) is the last piece.
///
/// # Errors
/// `ValueError: empty separator` for `sep == Some("")`.
pub fn split<'a>(
    s: &'a str,
    sep: Option<&str>,
    maxsplit: isize,
) -> Result<Vec<&'a str>, TextError> {
    let limit = limit(maxsplit);
    match sep {
        None => Ok(split_whitespace(s, limit, is_space)),
        Some("") => Err(empty_separator()),
        Some(sep) => Ok(s.splitn(limit.saturating_add(1), sep).collect()),
    }
}

/// `s.rsplit(sep, maxsplit)`: as `split`, but the splits are made from the right.
///
/// # Errors
/// `ValueError: empty separator` for `sep == Some("")`.
pub fn rsplit<'a>(
    s: &'a str,
    sep: Option<&str>,
    maxsplit: isize,
) -> Result<Vec<&'a str>, TextError> {
    let limit = limit(maxsplit);
    let mut pieces: Vec<&str> = match sep {
        None => rsplit_whitespace(s, limit, is_space),
        Some("") => return Err(empty_separator()),
        Some(sep) => s.rsplitn(limit.saturating_add(1), sep).collect(),
    };
    pieces.reverse();
    Ok(pieces)
}

/// Whitespace splitting as CPython's `split_whitespace`, for any notion of whitespace (the
/// bytes methods reuse it over Latin-1 views of ASCII whitespace).
pub(crate) fn split_whitespace(s: &str, mut limit: usize, space: fn(char) -> bool) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = s.trim_start_matches(space);
    while !rest.is_empty() {
        if limit == 0 {
            pieces.push(rest);
            break;
        }
        limit -= 1;
        match rest.find(space) {
            Some(i) => {
                pieces.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(space);
            }
            None => {
                pieces.push(rest);
                break;
            }
        }
    }
    pieces
}

/// Whitespace splitting from the right, pieces in reverse order.
pub(crate) fn rsplit_whitespace(s: &str, mut limit: usize, space: fn(char) -> bool) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = s.trim_end_matches(space);
    while !rest.is_empty() {
        if limit == 0 {
            pieces.push(rest);
            break;
        }
        limit -= 1;
        match rest.rfind(space) {
            Some(i) => {
                let width = rest[i..].chars().next().map_or(1, char::len_utf8);
                pieces.push(&rest[i + width..]);
                rest = rest[..i].trim_end_matches(space);
            }
            None => {
                pieces.push(rest);
                break;
            }
        }
    }
    pieces
}

/// Python's line boundaries for `str`: `\n`, `\r`, `\v`, `\f`, the file, group and record
/// separators `\x1c`-`\x1e`, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR (`\r\n` counts as
/// one boundary).
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    splitlines_with(s, keepends, is_line_break)
}

/// Line splitting for any set of one-character boundaries plus `\r\n`.
pub(crate) fn splitlines_with(s: &str, keepends: bool, is_break: fn(char) -> bool) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        match rest.char_indices().find(|&(_, c)| is_break(c)) {
            None => {
                lines.push(rest);
                break;
            }
            Some((i, c)) => {
                let width = if rest[i..].starts_with("\r\n") {
                    2
                } else {
                    c.len_utf8()
                };
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

/// `s.partition(sep)`: the text before the first `sep`, `sep`, and the rest; or `(s, "", "")`.
///
/// # Errors
/// `ValueError: empty separator`.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: split at the last `sep`; or `("", "", s)`.
///
/// # Errors
/// `ValueError: empty separator`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::pyref::{self, Rng};

    fn shown_list(r: Result<Vec<&str>, TextError>) -> String {
        match r {
            Ok(v) => pyref::hex_list(&v),
            Err(e) => pyref::shown(Err(e)),
        }
    }

    #[test]
    fn splits_agree_with_python() {
        let mut rng = Rng::new(7);
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for _ in 0..5000 {
            let s = rng.text(12);
            let sep = match rng.below(4) {
                0 => None,
                1 => Some(String::new()),
                _ => Some(rng.text(2)),
            };
            let maxsplit = rng.pick(&[-1, -5, 0, 1, 2, 3, 100]);
            let keepends = rng.below(2) == 0;
            inputs.push(format!(
                "{} {} {maxsplit} {}",
                pyref::arg(&s),
                sep.as_deref().map_or("N".to_owned(), pyref::arg),
                u8::from(keepends)
            ));
            let sep = sep.as_deref();
            let part = |r: Result<(&str, &str, &str), TextError>| {
                shown_list(r.map(|(a, b, c)| vec![a, b, c]))
            };
            ours.push(format!(
                "{} {} {} {} {}",
                shown_list(split(&s, sep, maxsplit)),
                shown_list(rsplit(&s, sep, maxsplit)),
                shown_list(Ok(splitlines(&s, keepends))),
                part(partition(&s, sep.unwrap_or(" "))),
                part(rpartition(&s, sep.unwrap_or(" "))),
            ));
        }
        let theirs = pyref::run_python(
            "def show2(f):\n\
             \x20   try:\n\
             \x20       v = f()\n\
             \x20   except Exception as e:\n\
             \x20       return '!' + type(e).__name__ + ':' + enc(str(e))\n\
             \x20   return lst(v)\n\
             for line in sys.stdin.read().splitlines():\n\
             \x20   w = line.split()\n\
             \x20   s, m, k = arg(w[0]), int(w[2]), w[3] == '1'\n\
             \x20   sep = None if w[1] == 'N' else arg(w[1])\n\
             \x20   print(show2(lambda: s.split(sep, m)), show2(lambda: s.rsplit(sep, m)), \
             show2(lambda: s.splitlines(k)), show2(lambda: s.partition(' ' if sep is None else sep)), \
             show2(lambda: s.rpartition(' ' if sep is None else sep)))\n",
            &inputs,
        );
        pyref::assert_lines_eq(&inputs, &ours, &theirs);
    }
}
