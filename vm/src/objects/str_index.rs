//! Code-point indexing of long non-ASCII strings.
//!
//! weft keeps text as (generalized) UTF-8, so finding code point `i` means walking the
//! characters before it (in the `&str` view, whose offsets are those of the exact bytes):
//! `s[i]` in a loop over a long non-ASCII string would be quadratic (a 200 000-character
//! string took 23 s to index through, CPython 10 ms). A string that is indexed gets, on first
//! use, the byte offset of every [`STRIDE`]-th code point; a lookup then walks fewer than
//! `STRIDE` characters. ASCII strings (byte offset = index) and short strings never build one.

/// Code points between recorded offsets.
pub const STRIDE: usize = 32;
/// Strings shorter than this (in bytes) are walked directly: the walk is as cheap as a lookup.
const MIN_BYTES: usize = 256;

/// The byte offsets of code points `0, STRIDE, 2 * STRIDE, ...`.
pub struct CharIndex {
    offsets: Box<[u32]>,
}

/// Whether `text` (not ASCII) is worth an index: long enough that walking it costs more
/// than a lookup, short enough (under 4 GiB) for `u32` offsets.
pub fn worth_indexing(text: &str) -> bool {
    text.len() >= MIN_BYTES && u32::try_from(text.len()).is_ok()
}

impl CharIndex {
    /// The index of `text` (see [`worth_indexing`]).
    pub fn build(text: &str) -> CharIndex {
        let offsets = text
            .char_indices()
            .step_by(STRIDE)
            .map(|(b, _)| b as u32)
            .collect();
        CharIndex { offsets }
    }

    /// The byte offset of code point `i` of `text` (the text this index was built from), or
    /// `text.len()` past the end.
    pub fn byte_offset(&self, text: &str, i: usize) -> usize {
        let Some(&base) = self.offsets.get(i / STRIDE) else {
            return text.len();
        };
        let base = base as usize;
        text.get(base..)
            .and_then(|rest| rest.char_indices().nth(i % STRIDE))
            .map_or(text.len(), |(b, _)| base + b)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Str;

    /// Every index of strings around the thresholds agrees with a plain walk.
    #[test]
    fn lookups_agree_with_walking() {
        for n in [0, 1, 31, 32, 33, 100, 255, 256, 300, 1000] {
            let text: String = (0..n).map(|i| ['a', 'é', '日', '😀'][i % 4]).collect();
            let s = Str::new(&text);
            let walk: Vec<(usize, char)> = text.char_indices().collect();
            for (i, &(b, c)) in walk.iter().enumerate() {
                assert_eq!(s.byte_offset(i), b, "n={n} i={i}");
                assert_eq!(s.code_point_at(i), Some(u32::from(c)));
            }
            assert_eq!(s.byte_offset(n), text.len());
            assert_eq!(s.byte_offset(n + 5), text.len());
            assert_eq!(s.code_point_at(n), None);
            assert_eq!(
                s.substr_bytes(1.min(n), n),
                &text.as_bytes()[walk.get(1).map_or(text.len(), |w| w.0)..]
            );
        }
    }
}
