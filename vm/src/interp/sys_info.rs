//! `sys.hash_info`, `sys.int_info`, `sys.float_info` and the int<->str digit limit functions.
//! The info records are namespaces with CPython's field names and values (not yet struct sequences).
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::Vm;
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::{int, str as pystr};

fn get_int_max_str_digits(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_int_max_str_digits", 0)?;
    Ok(int::from_i64(int::max_str_digits() as i64))
}

fn set_int_max_str_digits(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [n] = args.bind("set_int_max_str_digits", ["maxdigits"], 1, 0)?;
    let n = n.unwrap_or(Value::NONE);
    let Some(b) = int::to_big(&n) else {
        return Err(error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::interp::ops::type_name_of(&n)
        )));
    };
    int::set_max_str_digits(&b)?;
    Ok(Value::NONE)
}

/// The natives this file adds to `sys`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("get_int_max_str_digits", get_int_max_str_digits),
    ("set_int_max_str_digits", set_int_max_str_digits),
];

/// `sys.hash_info`: the parameters of numeric hashing (`numeric::hash`).
pub fn hash_info() -> Vec<(&'static str, Value)> {
    vec![
        ("width", int::from_i64(64)),
        ("modulus", int::from_i64((1 << 61) - 1)),
        ("inf", int::from_i64(314159)),
        ("nan", int::from_i64(0)),
        ("imag", int::from_i64(1000003)),
        ("algorithm", pystr::new_str("siphash13")),
        ("hash_bits", int::from_i64(64)),
        ("seed_bits", int::from_i64(128)),
        ("cutoff", int::from_i64(0)),
    ]
}

/// `sys.int_info`: CPython's 30-bit digits, and the digit limit's defaults.
pub fn int_info() -> Vec<(&'static str, Value)> {
    vec![
        ("bits_per_digit", int::from_i64(30)),
        ("sizeof_digit", int::from_i64(4)),
        (
            "default_max_str_digits",
            int::from_i64(int::DEFAULT_MAX_STR_DIGITS as i64),
        ),
        (
            "str_digits_check_threshold",
            int::from_i64(int::MAX_STR_DIGITS_THRESHOLD as i64),
        ),
    ]
}

/// `sys.float_info`: IEEE 754 binary64.
pub fn float_info() -> Vec<(&'static str, Value)> {
    vec![
        ("max", Value::float(f64::MAX)),
        ("max_exp", int::from_i64(f64::MAX_EXP as i64)),
        ("max_10_exp", int::from_i64(f64::MAX_10_EXP as i64)),
        ("min", Value::float(f64::MIN_POSITIVE)),
        ("min_exp", int::from_i64(f64::MIN_EXP as i64)),
        ("min_10_exp", int::from_i64(f64::MIN_10_EXP as i64)),
        ("dig", int::from_i64(f64::DIGITS as i64)),
        ("mant_dig", int::from_i64(f64::MANTISSA_DIGITS as i64)),
        ("epsilon", Value::float(f64::EPSILON)),
        ("radix", int::from_i64(f64::RADIX as i64)),
        ("rounds", int::from_i64(1)),
    ]
}

/// `sys.flags`: the command-line flags, in CPython 3.11's field order.
pub fn flags(f: &crate::interp::registry::Flags) -> Vec<(&'static str, Value)> {
    let n = |v: i64| int::from_i64(v);
    vec![
        ("debug", n(0)),
        ("inspect", n(f.inspect as i64)),
        ("interactive", n(f.interactive as i64)),
        ("optimize", n(f.optimize as i64)),
        ("dont_write_bytecode", n(f.dont_write_bytecode as i64)),
        ("no_user_site", n(f.isolated as i64)),
        ("no_site", n(f.no_site as i64)),
        ("ignore_environment", n(f.isolated as i64)),
        ("verbose", n(f.verbose as i64)),
        ("bytes_warning", n(0)),
        ("quiet", n(f.quiet as i64)),
        ("hash_randomization", n(1)),
        ("isolated", n(f.isolated as i64)),
        ("dev_mode", Value::FALSE),
        ("utf8_mode", n(0)),
        ("warn_default_encoding", n(0)),
        ("safe_path", Value::bool(f.isolated)),
        // -1: not set by `-X int_max_str_digits` (the default limit applies).
        ("int_max_str_digits", n(-1)),
    ]
}
