//! The one error type of the formatting layer.
//!
//! The functions here know nothing about Python objects, so they report failures as this small
//! enum; the vm turns each variant into the Python exception of the same name, keeping the
//! message, which is already CPython's exact text.

use std::fmt;

/// A Python exception to raise: its class and CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumError {
    /// `ValueError`.
    Value(String),
    /// `OverflowError`.
    Overflow(String),
    /// `ZeroDivisionError`.
    ZeroDivision(String),
    /// `TypeError`.
    Type(String),
    /// `MemoryError` (no message, like CPython's): a requested width or precision could not be
    /// allocated.
    Memory,
    /// `OverflowError(ERANGE, strerror)`: a float result out of range, as libm reports it.
    Range,
}

impl NumError {
    /// The message, as `str(exc)` shows it.
    pub fn message(&self) -> &str {
        match self {
            NumError::Value(m)
            | NumError::Overflow(m)
            | NumError::ZeroDivision(m)
            | NumError::Type(m) => m,
            NumError::Memory => "",
            NumError::Range => "(34, 'Numerical result out of range')",
        }
    }

    /// The name of the Python exception class.
    pub fn class_name(&self) -> &'static str {
        match self {
            NumError::Value(_) => "ValueError",
            NumError::Overflow(_) => "OverflowError",
            NumError::ZeroDivision(_) => "ZeroDivisionError",
            NumError::Type(_) => "TypeError",
            NumError::Memory => "MemoryError",
            NumError::Range => "OverflowError",
        }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class_name(), self.message())
    }
}

impl std::error::Error for NumError {}
