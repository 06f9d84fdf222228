//! Every `bytes` and `bytearray` method as a function over `&[u8]`, with byte offsets and
//! ASCII semantics (only ASCII letters have case, only C's whitespace is whitespace).
//!
//! `bytearray`'s in-place methods are the vm's (it owns the buffer); it computes the new
//! contents with these functions. Start/end arguments are `Option<isize>` as for `str`.

pub mod build;
pub mod case;
pub mod hex;
pub mod pad;
pub mod search;
pub mod split;
#[cfg(test)]
mod tests;

pub use super::str_methods::StripSide;
pub use build::{
    byte_at, join, join_item_error, maketrans, removeprefix, removesuffix, repeat, replace,
    translate,
};
pub use case::{
    capitalize, isalnum, isalpha, isascii, isdigit, islower, isspace, istitle, isupper, lower,
    swapcase, title, upper,
};
pub use hex::{fromhex, hex, hex_separator};
pub use pad::{center, expandtabs, ljust, rjust, zfill};
pub use search::{byte_needle, contains, count, endswith, find, index, rfind, rindex, startswith};
pub use split::{is_space, partition, rpartition, rsplit, split, splitlines, strip, Parts};
