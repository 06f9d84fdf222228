//! The `str` operations that assemble a new string from pieces: `replace`, `join`, `*`,
//! `removeprefix` and `removesuffix`. Each result's size is checked before anything is
//! allocated, so an absurd request is CPython's `OverflowError` or `MemoryError`, never an
//! abort.

use crate::text::str_methods::pad::with_capacity;
use crate::text::TextError;

const MAX_LEN: u128 = isize::MAX as u128;

/// `s.replace(old, new, count)`: the first `count` occurrences (all when `count` is negative).
/// An empty `old` matches before every character and at the end.
///
/// # Errors
/// `OverflowError: replace string is too long` past `Py_ssize_t` code points, `MemoryError`
/// when the result cannot be allocated.
pub fn replace(s: &str, old: &str, new: &str, count: isize) -> Result<String, TextError> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let n = s.match_indices(old).take(limit).count() as u128;
    if n == 0 {
        return Ok(s.to_owned());
    }
    let chars = |t: &str| t.chars().count() as u128;
    let result_chars = chars(s) + n * chars(new) - n * chars(old);
    if result_chars > MAX_LEN {
        return Err(TextError::Overflow("replace string is too long".to_owned()));
    }
    let bytes = s.len() as u128 + n * new.len() as u128 - n * old.len() as u128;
    let mut out = with_capacity(usize::try_from(bytes).map_err(|_| TextError::Memory)?)?;
    let mut last = 0;
    for (at, m) in s.match_indices(old).take(limit) {
        out.push_str(&s[last..at]);
        out.push_str(new);
        last = at + m.len();
    }
    out.push_str(&s[last..]);
    Ok(out)
}

/// `s * n` and `n * s`.
///
/// # Errors
/// `OverflowError: repeated string is too long` past `Py_ssize_t` code points, `MemoryError`
/// when the result cannot be allocated.
pub fn repeat(s: &str, n: isize) -> Result<String, TextError> {
    let n = usize::try_from(n).unwrap_or(0);
    if n == 0 || s.is_empty() {
        return Ok(String::new());
    }
    if s.chars().count() as u128 * n as u128 > MAX_LEN {
        return Err(TextError::Overflow(
            "repeated string is too long".to_owned(),
        ));
    }
    let bytes = s.len().checked_mul(n).ok_or(TextError::Memory)?;
    let mut out = with_capacity(bytes)?;
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(out)
}

/// `sep.join(items)`, once the caller has checked that every item is a `str`.
///
/// # Errors
/// `MemoryError` when the result cannot be allocated.
pub fn join<S: AsRef<str>>(sep: &str, items: &[S]) -> Result<String, TextError> {
    let bytes = items
        .iter()
        .try_fold(
            sep.len().saturating_mul(items.len().saturating_sub(1)),
            |n, s| n.checked_add(s.as_ref().len()),
        )
        .ok_or(TextError::Memory)?;
    let mut out = with_capacity(bytes)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_ref());
    }
    Ok(out)
}

/// The `TypeError` of `str.join` for the item at `index`, whose type is named `type_name`.
pub fn join_item_error(index: usize, type_name: &str) -> TextError {
    TextError::Type(format!(
        "sequence item {index}: expected str instance, {type_name} found"
    ))
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::pyref::{self, Rng};

    #[test]
    fn replace_and_friends_agree_with_python() {
        let mut rng = Rng::new(37);
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for _ in 0..4000 {
            let s = rng.text(8);
            let old = if rng.below(4) == 0 {
                String::new()
            } else {
                rng.text(2)
            };
            let new = rng.text(3);
            let count = rng.pick(&[-1, -3, 0, 1, 2, 5]);
            inputs.push(format!(
                "{} {} {} {count}",
                pyref::arg(&s),
                pyref::arg(&old),
                pyref::arg(&new)
            ));
            let items: Vec<&str> = s.split('a').collect();
            ours.push(
                [
                    replace(&s, &old, &new, count),
                    repeat(&old, count),
                    join(&new, &items),
                    Ok(removeprefix(&s, &old).to_owned()),
                    Ok(removesuffix(&s, &old).to_owned()),
                ]
                .into_iter()
                .map(pyref::shown)
                .collect::<Vec<_>>()
                .join(" "),
            );
        }
        let theirs = pyref::run_python(
            "for line in sys.stdin.read().splitlines():\n\
             \x20   w = line.split()\n\
             \x20   s, old, new, n = arg(w[0]), arg(w[1]), arg(w[2]), int(w[3])\n\
             \x20   show(lambda: s.replace(old, new, n)); show(lambda: old * n); show(lambda: new.join(s.split('a')))\n\
             \x20   show(lambda: s.removeprefix(old)); show(lambda: s.removesuffix(old))\n",
            &inputs,
        );
        let theirs: Vec<String> = theirs.chunks(5).map(|c| c.join(" ")).collect();
        pyref::assert_lines_eq(&inputs, &ours, &theirs);
    }

    #[test]
    fn absurd_sizes_are_errors() {
        assert_eq!(
            repeat("ab", isize::MAX).unwrap_err().message(),
            "repeated string is too long"
        );
        assert_eq!(repeat("a", isize::MAX), Err(TextError::Memory));
        assert_eq!(
            join_item_error(0, "int").message(),
            "sequence item 0: expected str instance, int found"
        );
    }
}
