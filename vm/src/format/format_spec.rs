//! The format-spec mini-language parser (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`),
//! CPython's `parse_internal_render_format_spec`.

use super::error::NumError;
use super::unicode::decimal_value;

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: between the sign (and prefix) and the digits.
    AfterSign,
}

/// The sign option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `+`: always.
    Plus,
    /// `-`: only for negatives (the default, but it still counts as "a sign was given").
    Minus,
    /// ` `: a space for non-negatives.
    Space,
}

/// The thousands separator option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// `,`
    Comma,
    /// `_`
    Underscore,
}

impl Grouping {
    pub(crate) fn char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec. Options that were not given are `None`/`false`; the defaults depend on
/// the type being formatted (see [`FormatSpec::fill_char`] and [`FormatSpec::align_or`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// An explicit fill character (only given together with an alignment).
    pub fill: Option<char>,
    /// `<`, `>`, `^` or `=`.
    pub align: Option<Align>,
    /// `+`, `-` or space.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    /// A `0` before the width, with no explicit fill.
    pub zero_pad: bool,
    /// Minimum width, in characters.
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<Grouping>,
    /// Digits after the point (`e`, `f`, `%`), significant digits (`g`, none), or the maximum
    /// length of a string.
    pub precision: Option<usize>,
    /// The presentation type; `None` uses the type's default.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// The fill character in effect: explicit, `0` from the zero flag, or a space.
    pub fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' })
    }

    /// The alignment in effect for a type whose default is `default`: the zero flag turns a
    /// right-aligned default (numbers) into `=`, but leaves strings left-aligned.
    pub fn align_or(&self, default: Align) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero_pad && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }
}

/// A presentation type or similar character as CPython's messages quote it.
pub(crate) fn quote_code(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// `Unknown format code 'q' for object of type 'int'`.
pub(crate) fn unknown_code(c: char, type_name: &str) -> NumError {
    NumError::Value(format!(
        "Unknown format code '{}' for object of type '{}'",
        quote_code(c),
        truncate(type_name, 200)
    ))
}

/// `Cannot specify ',' with 's'.`
pub(crate) fn bad_grouping(g: Grouping, c: char) -> NumError {
    NumError::Value(format!(
        "Cannot specify '{}' with '{}'.",
        g.char(),
        quote_code(c)
    ))
}

/// CPython's `%.Ns`: at most `n` characters.
pub(crate) fn truncate(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// Parses a format spec. `type_name` is only used in the message for a malformed spec.
///
/// # Errors
/// `ValueError` with CPython's message for every malformed spec, and for a separator the given
/// type does not allow (separators with no type are checked by the type's formatter, whose
/// default type decides).
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, NumError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut pos = 0;
    let at = |i: usize| chars.get(i).copied();
    let mut out = FormatSpec::default();

    let align_of = |c: Option<char>| match c {
        Some('<') => Some(Align::Left),
        Some('>') => Some(Align::Right),
        Some('^') => Some(Align::Center),
        Some('=') => Some(Align::AfterSign),
        _ => None,
    };
    if let Some(a) = align_of(at(1)) {
        out.fill = at(0);
        out.align = Some(a);
        pos = 2;
    } else if let Some(a) = align_of(at(0)) {
        out.align = Some(a);
        pos = 1;
    }
    out.sign = match at(pos) {
        Some('+') => Some(Sign::Plus),
        Some('-') => Some(Sign::Minus),
        Some(' ') => Some(Sign::Space),
        _ => None,
    };
    if out.sign.is_some() {
        pos += 1;
    }
    if at(pos) == Some('z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && at(pos) == Some('0') {
        out.zero_pad = true;
        pos += 1;
    }
    out.width = parse_integer(&chars, &mut pos)?;
    if at(pos) == Some(',') {
        out.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if at(pos) == Some('_') {
        if out.grouping.is_some() {
            return Err(both_separators());
        }
        out.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if at(pos) == Some(',') && out.grouping == Some(Grouping::Underscore) {
        return Err(both_separators());
    }
    if at(pos) == Some('.') {
        pos += 1;
        out.precision = parse_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(NumError::Value("Format specifier missing precision".into()));
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => out.ty = at(pos),
        _ => {
            return Err(NumError::Value(format!(
                "Invalid format specifier '{spec}' for object of type '{}'",
                truncate(type_name, 200)
            )))
        }
    }
    if let (Some(g), Some(ty)) = (out.grouping, out.ty) {
        let allowed = match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => true,
            'b' | 'o' | 'x' | 'X' => g == Grouping::Underscore,
            _ => false,
        };
        if !allowed {
            return Err(bad_grouping(g, ty));
        }
    }
    Ok(out)
}

fn both_separators() -> NumError {
    NumError::Value("Cannot specify both ',' and '_'.".into())
}

/// Reads decimal digits of any script (none gives `None`), failing past `isize::MAX` as CPython does.
fn parse_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, NumError> {
    let mut value: Option<usize> = None;
    while let Some(d) = chars.get(*pos).copied().and_then(decimal_value) {
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| NumError::Value("Too many decimal digits in format string".into()))?;
        value = Some(next);
        *pos += 1;
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_field() {
        let s = parse_format_spec("*^+z#012,.3f", "float").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some(Align::Center));
        assert_eq!(s.sign, Some(Sign::Plus));
        assert!(s.no_neg_zero && s.alternate && !s.zero_pad);
        assert_eq!(
            (s.width, s.grouping, s.precision, s.ty),
            (Some(12), Some(Grouping::Comma), Some(3), Some('f'))
        );
        let z = parse_format_spec("010", "int").unwrap();
        assert!(z.zero_pad);
        assert_eq!(
            (
                z.fill_char(),
                z.align_or(Align::Right),
                z.align_or(Align::Left)
            ),
            ('0', Align::AfterSign, Align::Left)
        );
    }

    #[test]
    fn errors() {
        let e = |s: &str| {
            parse_format_spec(s, "int")
                .unwrap_err()
                .message()
                .to_owned()
        };
        assert_eq!(e(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(e("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(e("."), "Format specifier missing precision");
        assert_eq!(
            e("xx"),
            "Invalid format specifier 'xx' for object of type 'int'"
        );
        assert_eq!(e(",c"), "Cannot specify ',' with 'c'.");
        assert_eq!(
            e("99999999999999999999"),
            "Too many decimal digits in format string"
        );
    }
}
