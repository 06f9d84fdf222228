//! The integer shapes the formatting functions accept and return.
//!
//! The vm stores small ints inline and promotes to `BigInt` on overflow (DESIGN.md); these
//! types mirror that so the common case never allocates a `BigInt`.

use num_bigint::BigInt;
use num_traits::Signed;

/// An integer result: `Small` whenever the value fits in an `i64`, `Big` otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Int {
    /// Fits in an `i64`.
    Small(i64),
    /// Does not fit in an `i64`.
    Big(BigInt),
}

impl Int {
    /// Normalises a `BigInt` to `Small` when it fits.
    pub fn from_bigint(v: BigInt) -> Int {
        match i64::try_from(&v) {
            Ok(small) => Int::Small(small),
            Err(_) => Int::Big(v),
        }
    }

    /// Borrows the value for the formatting functions.
    pub fn as_ref(&self) -> IntRef<'_> {
        match self {
            Int::Small(v) => IntRef::Small(*v),
            Int::Big(v) => IntRef::Big(v),
        }
    }
}

/// A borrowed integer argument: formatting an inline int needs no `BigInt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntRef<'a> {
    /// An inline value.
    Small(i64),
    /// Any value (need not be outside the `i64` range).
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub(crate) fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(v) => v.is_negative(),
        }
    }

    /// The value as an `i64`, if it fits.
    pub(crate) fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(v) => i64::try_from(v).ok(),
        }
    }
}

impl From<i64> for IntRef<'_> {
    fn from(v: i64) -> Self {
        IntRef::Small(v)
    }
}

impl<'a> From<&'a BigInt> for IntRef<'a> {
    fn from(v: &'a BigInt) -> Self {
        IntRef::Big(v)
    }
}
