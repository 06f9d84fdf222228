//! The one error type of the text layer.
//!
//! These functions know nothing about Python objects, so they report failures as this enum; the
//! vm raises the Python exception of the same name. Messages are already CPython's exact text.
//! The two Unicode errors carry the exception's attributes instead of a message, because the vm
//! builds `UnicodeEncodeError(encoding, object, start, end, reason)` from them (it still holds
//! the `object`), and that class formats its own `str()`; [`TextError::message`] reproduces it.

use std::fmt;

/// A Python exception to raise: its class and what it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// `ValueError`.
    Value(String),
    /// `TypeError`.
    Type(String),
    /// `IndexError`.
    Index(String),
    /// `OverflowError`.
    Overflow(String),
    /// `MemoryError` (no message): a result too large to allocate, such as `'a' * 2**62`.
    Memory,
    /// `UnicodeEncodeError`. `start..end` are code-point indices into the encoded text, and
    /// `first` is the code point at `start` (the message names it when the range is one long).
    UnicodeEncode {
        /// The codec's canonical name, as CPython reports it (`'ascii'`, `'utf-8'`, `'latin-1'`).
        encoding: String,
        /// Index of the first unencodable code point.
        start: usize,
        /// One past the last.
        end: usize,
        /// Why, such as `ordinal not in range(128)` or `surrogates not allowed`.
        reason: String,
        /// The code point at `start`.
        first: u32,
    },
    /// `UnicodeDecodeError`. `start..end` are byte offsets into the decoded bytes, and `first`
    /// is the byte at `start`.
    UnicodeDecode {
        /// The codec's canonical name.
        encoding: String,
        /// Offset of the first undecodable byte.
        start: usize,
        /// One past the last.
        end: usize,
        /// Why, such as `invalid start byte`.
        reason: String,
        /// The byte at `start`.
        first: u8,
    },
    /// `LookupError`: an unknown encoding or error handler name.
    Lookup(String),
}

impl TextError {
    /// The name of the Python exception class.
    pub fn class_name(&self) -> &'static str {
        match self {
            TextError::Value(_) => "ValueError",
            TextError::Type(_) => "TypeError",
            TextError::Index(_) => "IndexError",
            TextError::Overflow(_) => "OverflowError",
            TextError::Memory => "MemoryError",
            TextError::UnicodeEncode { .. } => "UnicodeEncodeError",
            TextError::UnicodeDecode { .. } => "UnicodeDecodeError",
            TextError::Lookup(_) => "LookupError",
        }
    }

    /// `str(exc)`, as CPython shows it (for the Unicode errors, as their `__str__` formats it).
    pub fn message(&self) -> String {
        match self {
            TextError::Value(m)
            | TextError::Type(m)
            | TextError::Index(m)
            | TextError::Overflow(m)
            | TextError::Lookup(m) => m.clone(),
            TextError::Memory => String::new(),
            TextError::UnicodeEncode {
                encoding,
                start,
                end,
                reason,
                first,
            } => {
                if *end == start + 1 {
                    let ch = match *first {
                        c @ 0..=0xff => format!("\\x{c:02x}"),
                        c @ 0x100..=0xffff => format!("\\u{c:04x}"),
                        c => format!("\\U{c:08x}"),
                    };
                    format!(
                        "'{encoding}' codec can't encode character '{ch}' in position {start}: {reason}"
                    )
                } else {
                    format!(
                        "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
                        end.saturating_sub(1)
                    )
                }
            }
            TextError::UnicodeDecode {
                encoding,
                start,
                end,
                reason,
                first,
            } => {
                if *end == start + 1 {
                    format!(
                        "'{encoding}' codec can't decode byte 0x{first:02x} in position {start}: {reason}"
                    )
                } else {
                    format!(
                        "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                        end.saturating_sub(1)
                    )
                }
            }
        }
    }

    pub(crate) fn value(message: impl Into<String>) -> TextError {
        TextError::Value(message.into())
    }

    pub(crate) fn type_error(message: impl Into<String>) -> TextError {
        TextError::Type(message.into())
    }
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class_name(), self.message())
    }
}

impl std::error::Error for TextError {}
