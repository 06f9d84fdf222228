//! `bytes.replace`, `join`, `*`, `removeprefix`, `removesuffix`, `translate`, `maketrans` and
//! indexing.

use super::search::match_offsets;
use crate::text::TextError;

fn with_capacity(n: usize) -> Result<Vec<u8>, TextError> {
    let mut out = Vec::new();
    out.try_reserve_exact(n).map_err(|_| TextError::Memory)?;
    Ok(out)
}

/// `b.replace(old, new, count)`: the first `count` occurrences (all when negative); an empty
/// `old` matches before every byte and at the end.
///
/// # Errors
/// `OverflowError: replace bytes are too long` past `Py_ssize_t`, `MemoryError` when the
/// result cannot be allocated.
pub fn replace(b: &[u8], old: &[u8], new: &[u8], count: isize) -> Result<Vec<u8>, TextError> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let offsets: Vec<usize> = if old.is_empty() {
        (0..=b.len()).take(limit).collect()
    } else {
        match_offsets(b, old, limit)
    };
    let n = offsets.len() as u128;
    let size = b.len() as u128 + n * new.len() as u128 - n * old.len() as u128;
    if size > isize::MAX as u128 {
        return Err(TextError::Overflow("replace bytes are too long".to_owned()));
    }
    let mut out = with_capacity(size as usize)?;
    let mut last = 0;
    for at in offsets {
        out.extend_from_slice(&b[last..at]);
        out.extend_from_slice(new);
        last = at + old.len();
    }
    out.extend_from_slice(&b[last..]);
    Ok(out)
}

/// `b * n`.
///
/// # Errors
/// `MemoryError` when the result is too large (CPython reports even sizes past `Py_ssize_t`
/// that way for bytes).
pub fn repeat(b: &[u8], n: isize) -> Result<Vec<u8>, TextError> {
    let n = usize::try_from(n).unwrap_or(0);
    let total = b
        .len()
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX.unsigned_abs())
        .ok_or(TextError::Memory)?;
    let mut out = with_capacity(total)?;
    for _ in 0..n {
        out.extend_from_slice(b);
    }
    Ok(out)
}

/// `sep.join(items)` once the caller has the items' bytes.
///
/// # Errors
/// `MemoryError` when the result cannot be allocated.
pub fn join<B: AsRef<[u8]>>(sep: &[u8], items: &[B]) -> Result<Vec<u8>, TextError> {
    let total = items
        .iter()
        .try_fold(
            sep.len().saturating_mul(items.len().saturating_sub(1)),
            |n, b| n.checked_add(b.as_ref().len()),
        )
        .ok_or(TextError::Memory)?;
    let mut out = with_capacity(total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(item.as_ref());
    }
    Ok(out)
}

/// The `TypeError` of `bytes.join` for the item at `index` of type `type_name`.
pub fn join_item_error(index: usize, type_name: &str) -> TextError {
    TextError::Type(format!(
        "sequence item {index}: expected a bytes-like object, {type_name} found"
    ))
}

/// `b.removeprefix(prefix)`.
pub fn removeprefix<'a>(b: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    b.strip_prefix(prefix).unwrap_or(b)
}

/// `b.removesuffix(suffix)`.
pub fn removesuffix<'a>(b: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    b.strip_suffix(suffix).unwrap_or(b)
}

/// `bytes.maketrans(from, to)`: the identity table with `from[i]` mapped to `to[i]`.
///
/// # Errors
/// `ValueError: maketrans arguments must have same length`.
pub fn maketrans(from: &[u8], to: &[u8]) -> Result<Vec<u8>, TextError> {
    if from.len() != to.len() {
        return Err(TextError::value(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to) {
        table[usize::from(f)] = t;
    }
    Ok(table)
}

/// `b.translate(table, delete)`: bytes in `delete` dropped, the rest mapped through `table`
/// (`None` keeps them).
///
/// # Errors
/// `ValueError: translation table must be 256 characters long`.
pub fn translate(b: &[u8], table: Option<&[u8]>, delete: &[u8]) -> Result<Vec<u8>, TextError> {
    if table.is_some_and(|t| t.len() != 256) {
        return Err(TextError::value(
            "translation table must be 256 characters long",
        ));
    }
    Ok(b.iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.map_or(c, |t| t[usize::from(c)]))
        .collect())
}

/// `b[index]` with a negative index counting from the end; `is_bytearray` picks the message
/// (`bytearray index out of range` for bytearrays, `index out of range` for bytes).
///
/// # Errors
/// `IndexError`.
pub fn byte_at(b: &[u8], index: isize, is_bytearray: bool) -> Result<u8, TextError> {
    let i = if index < 0 {
        b.len().checked_sub(index.unsigned_abs())
    } else {
        Some(index.unsigned_abs())
    };
    i.and_then(|i| b.get(i).copied()).ok_or_else(|| {
        TextError::Index(
            if is_bytearray {
                "bytearray index out of range"
            } else {
                "index out of range"
            }
            .to_owned(),
        )
    })
}
