//! Padding, sign placement and digit grouping of a formatted number (CPython's
//! `calc_number_widths`, `fill_number` and `_PyUnicode_InsertThousandsGrouping`).
//!
//! A number is written as
//! `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`,
//! where at most one of the three paddings is non-empty. With `0` fill and `=` alignment the
//! padding goes into the digits instead, as leading zeros that are grouped like digits.

use super::error::NumError;
use super::format_spec::{Align, Sign};

/// How to lay the number out: the parts of a format spec that apply here.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Layout {
    pub(crate) fill: char,
    pub(crate) align: Align,
    pub(crate) sign: Option<Sign>,
    pub(crate) width: usize,
    /// Separator and group size (3 for decimal, 4 for `_` with b/o/x/X).
    pub(crate) grouping: Option<(char, usize)>,
}

/// The pieces of an unsigned number.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Parts<'a> {
    pub(crate) negative: bool,
    pub(crate) prefix: &'a str,
    /// ASCII digits before the point (grouped); may be empty (`inf`, `%c`).
    pub(crate) digits: &'a str,
    pub(crate) has_point: bool,
    /// Everything after the point (or after the digits): fraction, exponent, `%`, `inf`.
    pub(crate) remainder: &'a str,
}

impl<'a> Parts<'a> {
    /// Splits `PyOS_double_to_string` output into sign, digits, point and remainder.
    pub(crate) fn of_float(text: &'a str) -> Parts<'a> {
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = body.split_at(n_digits);
        let (has_point, remainder) = match rest.strip_prefix('.') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        Parts {
            negative,
            prefix: "",
            digits,
            has_point,
            remainder,
        }
    }
}

/// Appends the laid-out number to `out`.
///
/// # Errors
/// `MemoryError` when the requested width cannot be allocated.
pub(crate) fn write_number(
    out: &mut String,
    parts: &Parts<'_>,
    layout: &Layout,
) -> Result<(), NumError> {
    let sign = match (layout.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some(Sign::Plus), false) => Some('+'),
        (Some(Sign::Space), false) => Some(' '),
        _ => None,
    };
    let fixed_len = usize::from(sign.is_some())
        + parts.prefix.chars().count()
        + usize::from(parts.has_point)
        + parts.remainder.chars().count();
    let min_width = if layout.fill == '0' && layout.align == Align::AfterSign {
        layout.width as i128 - fixed_len as i128
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, layout.grouping)?
    };
    let padding = layout.width.saturating_sub(fixed_len + grouped.len());
    let (left, middle, right) = match layout.align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    reserve(
        out,
        padding
            .saturating_mul(layout.fill.len_utf8())
            .saturating_add(fixed_len + grouped.len()),
    )?;
    pad(out, layout.fill, left);
    out.extend(sign);
    out.push_str(parts.prefix);
    pad(out, layout.fill, middle);
    out.push_str(&grouped);
    if parts.has_point {
        out.push('.');
    }
    out.push_str(parts.remainder);
    pad(out, layout.fill, right);
    Ok(())
}

/// Pads `text` (no sign handling) to `width` with `fill`: string and complex formatting.
pub(crate) fn write_padded(
    out: &mut String,
    text: &str,
    fill: char,
    align: Align,
    width: usize,
) -> Result<(), NumError> {
    let padding = width.saturating_sub(text.chars().count());
    let left = match align {
        Align::Right => padding,
        Align::Center => padding / 2,
        Align::Left | Align::AfterSign => 0,
    };
    reserve(
        out,
        padding
            .saturating_mul(fill.len_utf8())
            .saturating_add(text.len()),
    )?;
    pad(out, fill, left);
    out.push_str(text);
    pad(out, fill, padding - left);
    Ok(())
}

fn reserve(out: &mut String, additional: usize) -> Result<(), NumError> {
    out.try_reserve(additional).map_err(|_| NumError::Memory)
}

fn pad(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

/// Inserts separators every `group` digits from the right and, when `min_width` asks for it,
/// leading zeros (grouped too) so that the result is at least `min_width` long. A zero that
/// would start a group is still written, so `format(1, '06,')` is `00,001`, as in CPython.
fn group_digits(
    digits: &str,
    min_width: i128,
    grouping: Option<(char, usize)>,
) -> Result<String, NumError> {
    let src = digits.as_bytes();
    let Some((sep, size)) = grouping else {
        let zeros = usize::try_from(min_width)
            .unwrap_or(0)
            .saturating_sub(digits.len());
        let mut s = String::new();
        reserve(&mut s, zeros + digits.len())?;
        pad(&mut s, '0', zeros);
        s.push_str(digits);
        return Ok(s);
    };
    // Built backwards, group by group, exactly as CPython counts.
    let mut rev: Vec<u8> = Vec::new();
    // Claim the whole result first, so an absurd zero-padded width fails at once (as CPython's
    // MemoryError does) instead of after growing group by group.
    let total = src.len().max(usize::try_from(min_width).unwrap_or(0));
    rev.try_reserve(total.saturating_add(total / size))
        .map_err(|_| NumError::Memory)?;
    let mut remaining = src.len() as i128;
    let mut min_width = min_width;
    let mut first = true;
    loop {
        let len = (size as i128).min(remaining.max(min_width).max(1));
        let n_chars = remaining.min(len).max(0);
        let n_zeros = (len - remaining).max(0);
        if !first {
            rev.push(sep as u8);
        }
        first = false;
        rev.try_reserve(len as usize)
            .map_err(|_| NumError::Memory)?;
        for i in 0..n_chars {
            rev.push(src[(remaining - 1 - i) as usize]);
        }
        rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        remaining -= n_chars;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    rev.reverse();
    Ok(String::from_utf8(rev).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_with_zero_padding() {
        assert_eq!(group_digits("1", 6, Some((',', 3))).unwrap(), "00,001");
        assert_eq!(group_digits("1", 5, Some((',', 3))).unwrap(), "0,001");
        assert_eq!(
            group_digits("1234", 10, Some((',', 3))).unwrap(),
            "00,001,234"
        );
        assert_eq!(
            group_digits("1234567", -3, Some(('_', 4))).unwrap(),
            "123_4567"
        );
        assert_eq!(group_digits("12", 5, None).unwrap(), "00012");
        assert_eq!(
            group_digits("1", i128::from(u64::MAX), Some((',', 3))),
            Err(NumError::Memory)
        );
    }
}
