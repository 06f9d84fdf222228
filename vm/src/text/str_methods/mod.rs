//! Every `str` method as a function over `&str`, with code-point indices as in Python.
//!
//! The vm parses the arguments (types, defaults, `__index__`) and wraps results; these functions
//! implement what happens once the arguments are plain Rust values. Start/end arguments are
//! `Option<isize>` as described in `window.rs`.

pub mod build;
pub mod case;
pub(crate) mod pad;
pub mod predicates;
pub mod search;
pub mod slice;
pub mod split;
pub mod strip;
pub mod translate;

pub use build::{join, join_item_error, removeprefix, removesuffix, repeat, replace};
pub use case::{capitalize, casefold, lower, swapcase, title, upper};
pub use pad::{center, expandtabs, ljust, rjust, zfill};
pub use predicates::{
    isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower, isnumeric, isprintable,
    isspace, istitle, isupper,
};
pub use search::{contains, count, endswith, find, index, rfind, rindex, startswith};
pub use slice::{char_at, slice};
pub use split::{is_line_break, partition, rpartition, rsplit, split, splitlines};
pub use strip::{strip, StripSide};
pub use translate::{
    maketrans_str_key, maketrans_strs, maketrans_type_error, mapping_type_error, translate,
    MaketransMisuse, Mapped,
};
