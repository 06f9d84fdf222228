//! `bytes.center`, `ljust`, `rjust`, `zfill` and `expandtabs`.

use crate::text::TextError;

fn with_capacity(n: usize) -> Result<Vec<u8>, TextError> {
    let mut out = Vec::new();
    out.try_reserve_exact(n).map_err(|_| TextError::Memory)?;
    Ok(out)
}

fn pad(b: &[u8], left: usize, right: usize, fill: u8) -> Result<Vec<u8>, TextError> {
    let total = left
        .checked_add(right)
        .and_then(|n| n.checked_add(b.len()))
        .ok_or(TextError::Memory)?;
    let mut out = with_capacity(total)?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(total, fill);
    Ok(out)
}

fn margin(b: &[u8], width: isize) -> usize {
    usize::try_from(width).map_or(0, |w| w.saturating_sub(b.len()))
}

/// `b.center(width, fill)`, placing an odd margin's extra byte as `str.center` does.
///
/// # Errors
/// `MemoryError` when the result cannot be allocated.
pub fn center(b: &[u8], width: isize, fill: u8) -> Result<Vec<u8>, TextError> {
    let marg = margin(b, width);
    let left = marg / 2 + (marg & width.unsigned_abs() & 1);
    pad(b, left, marg - left, fill)
}

/// `b.ljust(width, fill)`.
///
/// # Errors
/// `MemoryError` when the result cannot be allocated.
pub fn ljust(b: &[u8], width: isize, fill: u8) -> Result<Vec<u8>, TextError> {
    pad(b, 0, margin(b, width), fill)
}

/// `b.rjust(width, fill)`.
///
/// # Errors
/// `MemoryError` when the result cannot be allocated.
pub fn rjust(b: &[u8], width: isize, fill: u8) -> Result<Vec<u8>, TextError> {
    pad(b, margin(b, width), 0, fill)
}

/// `b.zfill(width)`.
///
/// # Errors
/// `MemoryError` when the result cannot be allocated.
pub fn zfill(b: &[u8], width: isize) -> Result<Vec<u8>, TextError> {
    let fill = margin(b, width);
    let mut out = pad(b, fill, 0, b'0')?;
    if fill > 0 && matches!(b.first(), Some(b'+' | b'-')) {
        out.swap(0, fill);
    }
    Ok(out)
}

/// `b.expandtabs(tabsize)`; `tabsize` is a C `int`, as CPython parses it.
///
/// # Errors
/// `OverflowError: result too long` past `Py_ssize_t`, `MemoryError` when the result cannot be
/// allocated.
pub fn expandtabs(b: &[u8], tabsize: i32) -> Result<Vec<u8>, TextError> {
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let too_long = || TextError::Overflow("result too long".to_owned());
    let (mut column, mut total) = (0usize, 0usize);
    for &c in b {
        let incr = match c {
            b'\t' if tab > 0 => tab - column % tab,
            b'\t' => 0,
            _ => 1,
        };
        column = if c == b'\n' || c == b'\r' {
            0
        } else {
            column + incr
        };
        total = total
            .checked_add(incr)
            .filter(|&n| n <= isize::MAX.unsigned_abs())
            .ok_or_else(too_long)?;
    }
    let mut out = with_capacity(total)?;
    column = 0;
    for &c in b {
        if c == b'\t' {
            if tab > 0 {
                let incr = tab - column % tab;
                out.resize(out.len() + incr, b' ');
                column += incr;
            }
        } else {
            out.push(c);
            column = if c == b'\n' || c == b'\r' {
                0
            } else {
                column + 1
            };
        }
    }
    Ok(out)
}
