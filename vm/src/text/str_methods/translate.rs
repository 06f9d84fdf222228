//! `str.translate` and the argument rules of `str.maketrans`.
//!
//! `translate` asks the caller for each character's mapping, because the table is any object
//! with `__getitem__`; the caller resolves that lookup (natively for a plain dict, through the
//! interpreter otherwise) and reports it as a [`Mapped`].

use crate::text::TextError;

/// What `table[ord(c)]` gave for one character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mapped {
    /// `LookupError` (or a subclass such as `KeyError`): the character stays.
    Unmapped,
    /// `None`: the character is deleted.
    Delete,
    /// An int: that code point. The caller clamps ints outside `i64` into it, since CPython
    /// reports any out-of-range int as the same `ValueError`; the range is checked here.
    Ordinal(i64),
    /// A `str`: its text replaces the character.
    Text(String),
}

/// `s.translate(table)`, with `lookup(c)` standing for `table[ord(c)]`. Errors of `lookup`
/// pass through; any other return type is the caller's `TypeError` (see [`mapping_type_error`]).
///
/// # Errors
/// `ValueError: character mapping must be in range(0x110000)` for an out-of-range ordinal.
/// weft strings cannot hold lone surrogates, so an ordinal in `0xd800..0xe000` is a
/// `ValueError` here, where CPython would build a string containing it.
pub fn translate<E: From<TextError>>(
    s: &str,
    mut lookup: impl FnMut(char) -> Result<Mapped, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(c)? {
            Mapped::Unmapped => out.push(c),
            Mapped::Delete => {}
            Mapped::Text(t) => out.push_str(&t),
            Mapped::Ordinal(n) => {
                if !(0..=0x10ffff).contains(&n) {
                    return Err(
                        TextError::value("character mapping must be in range(0x110000)").into(),
                    );
                }
                let c = u32::try_from(n)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| {
                        TextError::value("character mapping must not be a lone surrogate in weft")
                    })?;
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// The `TypeError` of `translate` when the table returns something else.
pub fn mapping_type_error() -> TextError {
    TextError::type_error("character mapping must return integer, None or str")
}

/// `str.maketrans(x, y, z)` with two or three strings: `x[i]` maps to `y[i]`, and each
/// character of `z` to `None`. Pairs come out in argument order (later ones win in the dict).
///
/// # Errors
/// `ValueError: the first two maketrans arguments must have equal length`.
pub fn maketrans_strs(
    x: &str,
    y: &str,
    z: Option<&str>,
) -> Result<Vec<(u32, Option<u32>)>, TextError> {
    if x.chars().count() != y.chars().count() {
        return Err(TextError::value(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let mut pairs: Vec<(u32, Option<u32>)> = x
        .chars()
        .zip(y.chars())
        .map(|(a, b)| (a as u32, Some(b as u32)))
        .collect();
    pairs.extend(z.unwrap_or("").chars().map(|c| (c as u32, None)));
    Ok(pairs)
}

/// A `str` key of the dict given alone to `str.maketrans`, as the ordinal it becomes.
///
/// # Errors
/// `ValueError: string keys in translate table must be of length 1`.
pub fn maketrans_str_key(key: &str) -> Result<u32, TextError> {
    let mut chars = key.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c as u32),
        _ => Err(TextError::value(
            "string keys in translate table must be of length 1",
        )),
    }
}

/// The `TypeError`s of `str.maketrans`'s argument checks, in CPython's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaketransMisuse {
    /// One argument that is not a dict.
    SingleNotDict,
    /// A dict key that is neither `str` nor `int`.
    BadKey,
    /// A second argument while the first is not a `str`.
    FirstNotStr,
}

/// The `TypeError` for a [`MaketransMisuse`].
pub fn maketrans_type_error(misuse: MaketransMisuse) -> TextError {
    TextError::type_error(match misuse {
        MaketransMisuse::SingleNotDict => {
            "if you give only one argument to maketrans it must be a dict"
        }
        MaketransMisuse::BadKey => "keys in translate table must be strings or integers",
        MaketransMisuse::FirstNotStr => {
            "first maketrans argument must be a string if there is a second argument"
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translate_follows_the_mapping() {
        let r = translate::<TextError>("abcd", |c| {
            Ok(match c {
                'a' => Mapped::Ordinal(0x1f600),
                'b' => Mapped::Delete,
                'c' => Mapped::Text("xy".into()),
                _ => Mapped::Unmapped,
            })
        });
        assert_eq!(r.unwrap(), "\u{1f600}xyd");
        let r = translate::<TextError>("a", |_| Ok(Mapped::Ordinal(0x110000)));
        assert_eq!(
            r.unwrap_err().message(),
            "character mapping must be in range(0x110000)"
        );
        let r = translate::<TextError>("a", |_| Ok(Mapped::Ordinal(-1)));
        assert!(r.is_err());
    }

    #[test]
    fn maketrans_rules() {
        assert_eq!(
            maketrans_strs("ab", "cd", Some("e")).unwrap(),
            vec![(97, Some(99)), (98, Some(100)), (101, None)]
        );
        assert_eq!(
            maketrans_strs("ab", "c", None).unwrap_err().message(),
            "the first two maketrans arguments must have equal length"
        );
        assert_eq!(maketrans_str_key("é").unwrap(), 0xe9);
        assert!(maketrans_str_key("").is_err() && maketrans_str_key("ab").is_err());
    }
}
