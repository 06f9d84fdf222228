//! The little Unicode knowledge the tokenizer needs beyond XID properties.

use unicode_normalization::UnicodeNormalization;

/// `str.isprintable()` for one character, used only to choose between CPython's two "invalid
/// character" messages: control and format characters, separators other than the ASCII space,
/// surrogates and private use are not printable.
pub(crate) fn is_printable(c: char) -> bool {
    let u = c as u32;
    !matches!(u,
        0x00..=0x1f | 0x7f..=0xa0 | 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x890..=0x891
        | 0x8e2 | 0x1680 | 0x180e | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064
        | 0x2066..=0x206f | 0x3000 | 0xd800..=0xf8ff | 0xfeff | 0xfff9..=0xfffb | 0x110bd
        | 0x110cd | 0x13430..=0x13438 | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a | 0xe0001
        | 0xe0020..=0xe007f | 0xf0000..=0x10ffff)
}

/// Identifiers are stored NFKC-normalised (PEP 3131), so `ﬁ` and `fi` name the same variable.
pub(crate) fn normalize_identifier(s: &str) -> String {
    if s.is_ascii() {
        s.to_string()
    } else {
        s.nfkc().collect()
    }
}
