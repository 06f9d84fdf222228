//! The `math` module object: every function of Python 3.11's `math` and its constants.

use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::NativeFn;
use weft_vm::objects::module::{module_dict, new_module};
use weft_vm::objects::str as pystr;

use super::{py_float as f, py_int as i, py_log as l, py_norm as n, py_rounding as r};
use super::{py_sums as s, E, INF, NAN, PI, TAU};

/// `math.__doc__`.
const DOC: &str = "This module provides access to the mathematical functions\n\
                   defined by the C standard.";

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", f::acos),
    ("acosh", f::acosh),
    ("asin", f::asin),
    ("asinh", f::asinh),
    ("atan", f::atan),
    ("atan2", f::atan2),
    ("atanh", f::atanh),
    ("cbrt", f::cbrt),
    ("ceil", r::ceil),
    ("comb", i::comb),
    ("copysign", f::copysign),
    ("cos", f::cos),
    ("cosh", f::cosh),
    ("degrees", f::degrees),
    ("dist", n::dist),
    ("erf", f::erf),
    ("erfc", f::erfc),
    ("exp", f::exp),
    ("exp2", f::exp2),
    ("expm1", f::expm1),
    ("fabs", f::fabs),
    ("factorial", i::factorial),
    ("floor", r::floor),
    ("fmod", f::fmod),
    ("frexp", f::frexp),
    ("fsum", s::fsum),
    ("gamma", f::gamma),
    ("gcd", i::gcd),
    ("hypot", n::hypot),
    ("isclose", n::isclose),
    ("isfinite", f::isfinite),
    ("isinf", f::isinf),
    ("isnan", f::isnan),
    ("isqrt", i::isqrt),
    ("lcm", i::lcm),
    ("ldexp", f::ldexp),
    ("lgamma", f::lgamma),
    ("log", l::log),
    ("log10", l::log10),
    ("log1p", f::log1p),
    ("log2", l::log2),
    ("modf", f::modf),
    ("nextafter", f::nextafter),
    ("perm", i::perm),
    ("pow", f::pow),
    ("prod", s::prod),
    ("radians", f::radians),
    ("remainder", f::remainder),
    ("sin", f::sin),
    ("sinh", f::sinh),
    ("sqrt", f::sqrt),
    ("tan", f::tan),
    ("tanh", f::tanh),
    ("trunc", r::trunc),
    ("ulp", f::ulp),
];

/// Builds the `math` module.
///
/// # Errors
/// None in practice (the registry's signature allows module initialisation to fail).
pub(crate) fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("math");
    for (name, f) in FUNCTIONS {
        crate::add_function(&m, name, *f, super::docs::doc(name));
    }
    if let Some(d) = module_dict(&m) {
        d.set_rs("__doc__", pystr::new_str(DOC));
        for (name, x) in [
            ("pi", PI),
            ("e", E),
            ("tau", TAU),
            ("inf", INF),
            ("nan", NAN),
        ] {
            d.set_rs(name, Value::float(x));
        }
    }
    Ok(m)
}
