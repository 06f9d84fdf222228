//! Text algorithms behind `str`, `bytes` and `bytearray`: their methods, `repr` and `ascii`,
//! the Unicode character database they consult, and the standard codecs.
//!
//! Everything here is a pure function over Rust strings, bytes and code points, so it can be
//! tested without the object model; the vm wraps these in Python types. Indices are code-point
//! indices for text and byte offsets for bytes, as in Python. Every function follows CPython
//! 3.11 exactly, including its error messages ([`TextError`] carries them), and the tests check
//! that by running the host's `python3` on batches of generated inputs.

pub mod bytes_methods;
pub mod codecs;
mod error;
pub mod gutf8;
#[cfg(test)]
mod no_panic_tests;
#[cfg(test)]
mod pyref;
#[rustfmt::skip]
mod tables;
pub mod repr;
pub mod str_methods;
pub mod unicode_props;
mod window;

pub use error::TextError;
