//! Generalized UTF-8: the byte form of Python text, which may hold lone surrogates.
//!
//! Every code point `0..=0x10FFFF` is written in its UTF-8 form, surrogates (`U+D800..U+DFFF`)
//! included, as the three bytes `ED A0..BF 80..BF` that UTF-8 reserves for them. Unlike WTF-8,
//! two adjacent surrogates stay two 3-byte sequences and never merge into a 4-byte one: a Python
//! `str` is a sequence of code points, and `'\ud83d' + '\ude00'` has length 2 and differs from
//! `'\U0001f600'`. The form keeps the properties the `str` code relies on:
//! - text without surrogates is exactly its UTF-8, so the common case stays a Rust `&str`;
//! - byte order is code-point order, so comparing bytes compares strs;
//! - it is self-synchronising, so a byte search finds exactly the code-point matches;
//! - [`lossy`] (each surrogate as `U+FFFD`, also three bytes) keeps every byte offset, so code
//!   point indices and byte offsets agree between a text and its lossy `&str`.

/// Whether `b` (generalized UTF-8) holds a surrogate: a lead byte `ED` followed by `A0..=BF`
/// (UTF-8 proper only allows `80..=9F` after `ED`).
pub fn has_surrogate(b: &[u8]) -> bool {
    b.windows(2).any(|w| w[0] == 0xED && w[1] >= 0xA0)
}

/// Appends code point `cp` (below `0x110000`; larger values become `U+FFFD`).
pub fn push(out: &mut Vec<u8>, cp: u32) {
    match cp {
        0..=0x7F => out.push(cp as u8),
        0x80..=0x7FF => out.extend([0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]),
        0x800..=0xFFFF => out.extend([
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
        0x1_0000..=0x10_FFFF => out.extend([
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
        _ => out.extend("\u{FFFD}".as_bytes()),
    }
}

/// The code points `cps` as generalized UTF-8.
pub fn from_code_points(cps: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(cps.len());
    for &cp in cps {
        push(&mut out, cp);
    }
    out
}

/// The code point starting at byte `i` of `b` and its length in bytes; `None` at the end or
/// off a boundary.
pub fn decode_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let lead = *b.get(i)?;
    let (len, init) = match lead {
        0..=0x7F => return Some((u32::from(lead), 1)),
        0xC0..=0xDF => (2, u32::from(lead & 0x1F)),
        0xE0..=0xEF => (3, u32::from(lead & 0x0F)),
        0xF0..=0xF7 => (4, u32::from(lead & 0x07)),
        _ => return None,
    };
    let tail = b.get(i + 1..i + len)?;
    let cp = tail
        .iter()
        .fold(init, |cp, &t| (cp << 6) | u32::from(t & 0x3F));
    Some((cp, len))
}

/// The code points of `b`.
pub fn code_points(b: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let (cp, n) = decode_at(b, i)?;
        i += n;
        Some(cp)
    })
}

/// `b` with every surrogate replaced by `U+FFFD`: valid UTF-8 of the same length, with the
/// same character boundaries.
pub fn lossy(b: &[u8]) -> String {
    let mut v = b.to_vec();
    let mut i = 0;
    while i + 2 < v.len() {
        if v[i] == 0xED && v[i + 1] >= 0xA0 {
            v[i..i + 3].copy_from_slice("\u{FFFD}".as_bytes());
            i += 3;
        } else {
            i += 1;
        }
    }
    match String::from_utf8(v) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// The byte offset of the first occurrence of `needle` in `hay` at or after `from`.
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let rest = hay.get(from..)?;
    if needle.is_empty() {
        return Some(from);
    }
    rest.windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip_and_stay_apart() {
        let cps = [0x41, 0xD83D, 0xDE00, 0x1F600, 0xDFFF, 0xE9, 0x10FFFF];
        let b = from_code_points(&cps);
        assert!(has_surrogate(&b));
        assert_eq!(code_points(&b).collect::<Vec<_>>(), cps);
        // The pair stays two 3-byte sequences, unlike the real character.
        assert_eq!(&b[1..7], b"\xED\xA0\xBD\xED\xB8\x80");
        assert_eq!(find(&b, "\u{1F600}".as_bytes(), 0), Some(7));
        let l = lossy(&b);
        assert_eq!(l.len(), b.len());
        assert_eq!(l, "A\u{FFFD}\u{FFFD}\u{1F600}\u{FFFD}é\u{10FFFF}");
        assert!(!has_surrogate("\u{D7FF}\u{E000}héllo".as_bytes()));
    }

    #[test]
    fn byte_order_is_code_point_order() {
        let order = [
            0x7F, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x10000,
        ];
        for w in order.windows(2) {
            assert!(
                from_code_points(&w[..1]) < from_code_points(&w[1..]),
                "{w:x?}"
            );
        }
    }
}
