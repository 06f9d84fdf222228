//! `sys.get_int_max_str_digits`/`set_int_max_str_digits`: the int<->str digit limit.
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::Vm;
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::int;

fn get_int_max_str_digits(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.get_int_max_str_digits", 0)?;
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
