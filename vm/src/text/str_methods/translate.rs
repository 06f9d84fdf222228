//! `str.translate` and the argument rules of `str.maketrans`.
//!
//! `translate` asks the caller for each character's mapping, because the table is any object
//! with `__getitem__`; the caller resolves that lookup (natively for a plain dict, through the
//! interpreter otherwise) and reports it as a [`Mapped`].

use crate::text::{gutf8, TextError};

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
    /// A `str`: its text (generalized UTF-8, see [`crate::text::gutf8`]) replaces the
    /// character.
    Text(Vec<u8>),
}

/// `s.translate(table)` of text in generalized UTF-8 (lone surrogates included), with
/// `lookup(cp)` standing for `table[cp]`; the result is generalized UTF-8 too. Errors of
/// `lookup` pass through; any other return type is the caller's `TypeError` (see
/// [`mapping_type_error`]).
///
/// # Errors
/// `ValueError: character mapping must be in range(0x110000)` for an out-of-range ordinal.
pub fn translate<E: From<TextError>>(
    s: &[u8],
    mut lookup: impl FnMut(u32) -> Result<Mapped, E>,
) -> Result<Vec<u8>, E> {
    let mut out = Vec::with_capacity(s.len());
    for cp in gutf8::code_points(s) {
        match lookup(cp)? {
            Mapped::Unmapped => gutf8::push(&mut out, cp),
            Mapped::Delete => {}
            Mapped::Text(t) => out.extend_from_slice(&t),
            Mapped::Ordinal(n) => match u32::try_from(n) {
                Ok(n @ 0..=0x10ffff) => gutf8::push(&mut out, n),
                _ => {
                    return Err(
                        TextError::value("character mapping must be in range(0x110000)").into(),
                    )
                }
            },
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
    x: &[u32],
    y: &[u32],
    z: Option<&[u32]>,
) -> Result<Vec<(u32, Option<u32>)>, TextError> {
    if x.len() != y.len() {
        return Err(TextError::value(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let mut pairs: Vec<(u32, Option<u32>)> = x.iter().zip(y).map(|(&a, &b)| (a, Some(b))).collect();
    pairs.extend(z.unwrap_or_default().iter().map(|&c| (c, None)));
    Ok(pairs)
}

/// A `str` key of the dict given alone to `str.maketrans`, as the ordinal it becomes.
///
/// # Errors
/// `ValueError: string keys in translate table must be of length 1`.
pub fn maketrans_str_key(key: &[u32]) -> Result<u32, TextError> {
    match key {
        &[c] => Ok(c),
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
        let r = translate::<TextError>(b"abcd", |c| {
            Ok(match c {
                0x61 => Mapped::Ordinal(0x1f600),
                0x62 => Mapped::Delete,
                0x63 => Mapped::Text(b"xy".to_vec()),
                _ => Mapped::Ordinal(0xd800),
            })
        });
        // A lone surrogate is a valid mapping.
        assert_eq!(r.unwrap(), b"\xF0\x9F\x98\x80xy\xED\xA0\x80");
        let r = translate::<TextError>(b"a", |_| Ok(Mapped::Ordinal(0x110000)));
        assert_eq!(
            r.unwrap_err().message(),
            "character mapping must be in range(0x110000)"
        );
        let r = translate::<TextError>(b"a", |_| Ok(Mapped::Ordinal(-1)));
        assert!(r.is_err());
    }

    #[test]
    fn maketrans_rules() {
        assert_eq!(
            maketrans_strs(&[97, 98], &[99, 0xd800], Some(&[101])).unwrap(),
            vec![(97, Some(99)), (98, Some(0xd800)), (101, None)]
        );
        assert_eq!(
            maketrans_strs(&[97, 98], &[99], None)
                .unwrap_err()
                .message(),
            "the first two maketrans arguments must have equal length"
        );
        assert_eq!(maketrans_str_key(&[0xe9]).unwrap(), 0xe9);
        assert!(maketrans_str_key(&[]).is_err() && maketrans_str_key(&[97, 98]).is_err());
    }
}
