//! Numeric algorithms behind Python's `int`, `float` and `complex` operators, `round`, `hash`,
//! `float.hex`/`fromhex` and the integer helpers the `math` module shares.
//!
//! Everything here is a pure function over `f64`, `num_bigint::BigInt` and std types, so it is
//! tested without the object model and the vm only wraps results in Python objects. Each
//! function follows CPython 3.11 bit for bit, including which exception it raises and its exact
//! message (carried by [`NumError`], the error type shared with `format`); the tests compare
//! against the host's `python3`.
//!
//! Where CPython's answer is "not a number of this type" (a negative float to a fractional
//! power becomes complex, a NaN hashes by identity), the functions return an enum saying so
//! and leave the object-level work to the vm.

pub mod complex;
pub mod float_hex;
pub mod float_ops;
pub mod float_parts;
pub mod float_round;
pub mod hash;
pub mod int_bytes;
pub mod int_float;
pub mod int_ops;
#[cfg(test)]
mod no_panic_tests;
#[cfg(test)]
mod pyref;

pub use crate::format::NumError;
