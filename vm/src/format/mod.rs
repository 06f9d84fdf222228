//! Numeric parsing and formatting: the algorithms behind `int(str)`, `float(str)`,
//! `complex(str)`, `repr` of numbers, `format()`, `str.format` and `%`-formatting.
//!
//! Everything here is a pure function over Rust and `num-bigint` values, so it can be tested
//! without the object model; the vm wraps these in Python types. Every function follows
//! CPython 3.11 exactly, including its error messages (`NumError` carries them), and the tests
//! check that by running the host's `python3` on the same inputs.

pub mod complex_format;
mod dtoa;
mod error;
pub mod float_parse;
pub mod float_repr;
pub mod format_spec;
pub mod format_string;
pub mod format_value;
pub mod int_format;
pub mod int_parse;
pub mod int_to_float;
pub mod int_value;
#[cfg(test)]
mod no_panic_tests;
mod number_layout;
pub mod percent;
#[cfg(test)]
mod pyref;
pub mod unicode;

pub use complex_format::{complex_repr, parse_complex};
pub use error::NumError;
pub use float_parse::{float_parse_error, parse_float};
pub use float_repr::{double_to_string, float_repr, FloatFlags, FloatStyle};
pub use format_spec::{parse_format_spec, Align, FormatSpec, Grouping, Sign};
pub use format_string::{
    render_template, split_field_name, AutoNumber, Conversion, Field, FieldAccess, FieldKey,
    FieldPath, TemplateFields, TemplateParser, TemplatePiece,
};
pub use format_value::{format_complex, format_float, format_int, format_str};
pub use int_format::{int_to_base, int_to_decimal, PowerOfTwoBase};
pub use int_parse::{invalid_int_literal, parse_int};
pub use int_to_float::int_to_f64;
pub use int_value::{Int, IntRef};
pub use percent::{
    percent_char, percent_float, percent_int, percent_text, render_percent, PercentFlags,
    PercentOperand, PercentSpec, PercentValues,
};
