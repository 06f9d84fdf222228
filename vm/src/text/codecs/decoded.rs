//! Decoded text that may hold lone surrogates.
//!
//! A Rust `String` cannot hold a lone surrogate, but decoding with `surrogateescape` or
//! `surrogatepass` produces them (`b'\xff'.decode('utf-8', 'surrogateescape') == '\udcff'`).
//! Decoders therefore build into [`TextBuilder`], which stays a `String` until the first
//! surrogate arrives and then switches to code points.

/// The result text of a decoder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodedText {
    /// Text without lone surrogates: the common case.
    Str(String),
    /// Code points, used only when the text contains a lone surrogate (`0xd800..0xe000`).
    CodePoints(Vec<u32>),
}

impl DecodedText {
    /// The code points, whichever form the text is in.
    pub fn code_points(&self) -> Vec<u32> {
        match self {
            DecodedText::Str(s) => s.chars().map(u32::from).collect(),
            DecodedText::CodePoints(v) => v.clone(),
        }
    }
}

/// Accumulates decoded characters.
#[derive(Debug, Default)]
pub(crate) struct TextBuilder {
    text: String,
    /// Set from the first lone surrogate on; then it holds everything.
    wide: Option<Vec<u32>>,
}

impl TextBuilder {
    pub(crate) fn with_capacity(bytes: usize) -> TextBuilder {
        TextBuilder {
            text: String::with_capacity(bytes),
            wide: None,
        }
    }

    pub(crate) fn push(&mut self, c: char) {
        match &mut self.wide {
            None => self.text.push(c),
            Some(v) => v.push(u32::from(c)),
        }
    }

    pub(crate) fn push_str(&mut self, s: &str) {
        match &mut self.wide {
            None => self.text.push_str(s),
            Some(v) => v.extend(s.chars().map(u32::from)),
        }
    }

    /// Appends any code point below 0x110000, surrogates included (larger values are the
    /// caller's error to report; they are dropped here rather than panicking).
    pub(crate) fn push_code_point(&mut self, cp: u32) {
        if let Some(c) = char::from_u32(cp) {
            self.push(c);
        } else if cp < 0x110000 {
            self.wide
                .get_or_insert_with(|| self.text.chars().map(u32::from).collect())
                .push(cp);
        }
    }

    pub(crate) fn finish(self) -> DecodedText {
        match self.wide {
            None => DecodedText::Str(self.text),
            Some(v) => DecodedText::CodePoints(v),
        }
    }
}
