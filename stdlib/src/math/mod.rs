//! The `math` module's algorithms as pure functions over `f64` and `BigInt`, with CPython
//! 3.11's results and errors.
//!
//! CPython's `math` is a thin layer over the C library plus a few algorithms of its own. Where
//! it calls the platform `libm` (glibc on the hosts weft targets), weft calls the same
//! functions through Rust's `f64` methods, except for the few that Rust computes differently
//! (`asinh`, `acosh`, `atanh`, `erf`, `erfc`), which are re-implemented here with glibc's
//! algorithms. CPython's own algorithms (`gamma`, `lgamma`, `fsum`, `hypot`/`dist`,
//! `remainder`, `factorial`, `comb`, `perm`, the big-int `log`) are re-implemented to give the
//! same bits. Errors follow CPython's `math_1`/`math_2` rules: an invalid argument or a pole is
//! `ValueError("math domain error")`, an overflow `OverflowError("math range error")`.
//!
//! The pure functions leave converting arguments (`__index__`, `__float__`, `__floor__`,
//! iterating) to the natives in the `py_*` files, which `module` gathers into the module
//! object; `convert` and `clinic` hold their shared argument handling.

mod checked;
mod clinic;
mod convert;
mod docs;
mod elementary;
mod float_parts;
mod fsum;
mod hyperbolic;
mod integer;
mod logarithm;
mod module;
mod norm;
mod py_float;
mod py_int;
mod py_log;
mod py_norm;
mod py_rounding;
mod py_sums;
#[cfg(test)]
mod pyref;
mod special;
#[cfg(test)]
mod tests;

pub(crate) use convert::{call_special, to_f64};
pub use elementary::{
    acos, asin, atan, atan2, cbrt, cos, cosh, degrees, exp, exp2, expm1, pow, radians, sin, sinh,
    sqrt, tan, tanh,
};
pub use float_parts::{
    copysign, fabs, fmod, frexp, isclose, isfinite, isinf, isnan, ldexp, modf, nextafter,
    remainder, ulp,
};
pub use fsum::Fsum;
pub(crate) use hyperbolic::asinh_raw;
pub use hyperbolic::{acosh, asinh, atanh};
pub use integer::{ceil, comb, factorial, floor, gcd, isqrt, lcm, perm, trunc};
pub use logarithm::{log, log10, log1p, log2, Real};
pub use norm::{dist, hypot};
pub use special::{erf, erfc, gamma, lgamma};

pub(crate) use module::init;

/// `math.pi`.
pub const PI: f64 = std::f64::consts::PI;
/// `math.e`.
pub const E: f64 = std::f64::consts::E;
/// `math.tau`.
pub const TAU: f64 = std::f64::consts::TAU;
/// `math.inf`.
pub const INF: f64 = f64::INFINITY;
/// `math.nan`.
pub const NAN: f64 = f64::NAN;
