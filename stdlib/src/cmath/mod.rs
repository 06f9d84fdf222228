//! The `cmath` module: the elementary functions over complex numbers, with CPython 3.11's results to
//! the bit (its branch cuts, overflow avoidance and C99 Annex G special values) and its errors: a
//! result Annex G flags as invalid or a pole is `ValueError("math domain error")`, an overflow is
//! `OverflowError("math range error")`.
mod functions;
mod special;

use functions::{Errno, Out};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::{a_type, type_name_of};
use weft_vm::interp::Vm;
use weft_vm::numeric::complex::{complex_div, Complex};
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::complex::{as_complex, new_complex};
use weft_vm::objects::module::{module_dict, new_module};
use weft_vm::objects::{int, str as pystr, tuple, types};

const DOC: &str = "This module provides access to mathematical functions for complex\nnumbers.";

/// `PyComplex_AsCComplex`: a complex as it is, else `__complex__`, else a real number as the real part.
fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<Complex> {
    if let Some((re, im)) = as_complex(v) {
        return Ok(Complex::new(re, im));
    }
    if let Some(r) = crate::math::call_special(vm, v, "__complex__")? {
        let Some((re, im)) = as_complex(&r) else {
            return Err(error::type_error(format!(
                "__complex__ returned non-complex (type {})",
                type_name_of(&r)
            )));
        };
        if !a_type(&r).is(&types().complex) {
            int::warn_deprecated(
                vm,
                &format!(
                    "__complex__ returned non-complex (type {}).  The ability to return an instance \
                     of a strict subclass of complex is deprecated, and may be removed in a future \
                     version of Python.",
                    type_name_of(&r)
                ),
            )?;
        }
        return Ok(Complex::new(re, im));
    }
    Ok(Complex::new(crate::math::to_f64(vm, v)?, 0.0))
}

/// CPython's `math_error`: the exception `errno` stands for.
fn math_error(e: Errno) -> PyResult<()> {
    match e {
        Errno::Ok => Ok(()),
        Errno::Dom => Err(error::value_error("math domain error")),
        Errno::Range => Err(error::overflow_error("math range error")),
    }
}

fn result((z, e): Out) -> PyResult<Value> {
    math_error(e)?;
    Ok(new_complex(z.re, z.im))
}

/// The single complex argument of a function named `cmath.<name>`.
fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Complex> {
    let a = weft_vm::objects::method_support::exact_named(args, 1, || format!("cmath.{name}"))?;
    to_complex(vm, &a[0])
}

/// The natives of the functions of one complex argument.
macro_rules! unary {
    ($($name:ident),*) => {$(
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            let z = one_arg(vm, args, stringify!($name))?;
            result(functions::$name(z))
        }
    )*};
}
unary!(acos, acosh, asin, atan, atanh, cos, cosh, exp, log10, sin, sinh, sqrt, tan, tanh);

fn asinh(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let z = one_arg(vm, args, "asinh")?;
    result(functions::asinh_c(z))
}

/// `log(z[, base])`. The base's own logarithm resets `errno`, so `log(0, 2)` is `-inf+nanj`, as in
/// CPython; a zero divisor (`log(z, 1)`) is a domain error.
fn log(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("cmath.log")?;
    let a = args.range("log", 1, 2)?;
    let x = to_complex(vm, &a[0])?;
    let (mut r, mut e) = functions::log(x);
    if let Some(base) = a.get(1) {
        let b = to_complex(vm, base)?;
        let (lb, eb) = functions::log(b);
        e = eb;
        match complex_div(r, lb) {
            Ok(q) => r = q,
            Err(_) => e = Errno::Dom,
        }
    }
    result((r, e))
}

fn phase(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let z = one_arg(vm, args, "phase")?;
    let phi = z.im.atan2(z.re);
    // glibc's `atan2` reports an underflow to zero through `errno`, which CPython turns into an
    // OverflowError.
    if phi == 0.0 && z.im != 0.0 && z.re.is_finite() {
        math_error(Errno::Range)?;
    }
    Ok(Value::float(phi))
}

fn polar(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let z = one_arg(vm, args, "polar")?;
    let phi = z.im.atan2(z.re);
    let (r, e) = functions::abs(z);
    math_error(e)?;
    Ok(tuple::new_tuple(vec![Value::float(r), Value::float(phi)]))
}

fn rect(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("cmath.rect")?;
    let a = args.range("rect", 2, 2)?;
    let r = crate::math::to_f64(vm, &a[0])?;
    let phi = crate::math::to_f64(vm, &a[1])?;
    result(functions::rect(r, phi))
}

fn isfinite(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let z = one_arg(vm, args, "isfinite")?;
    Ok(Value::bool(z.re.is_finite() && z.im.is_finite()))
}

fn isinf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let z = one_arg(vm, args, "isinf")?;
    Ok(Value::bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let z = one_arg(vm, args, "isnan")?;
    Ok(Value::bool(z.re.is_nan() || z.im.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let npos = args.positional().len();
    if npos > 2 {
        return Err(error::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({npos} given)"
        )));
    }
    let [a, b, rel_tol, abs_tol] = args.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], 2, 0)?;
    let (Some(a), Some(b)) = (a, b) else {
        return Err(error::system_error("isclose arguments"));
    };
    let a = to_complex(vm, &a)?;
    let b = to_complex(vm, &b)?;
    let rel_tol = match rel_tol {
        Some(v) => crate::math::to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match abs_tol {
        Some(v) => crate::math::to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(error::value_error("tolerances must be non-negative"));
    }
    Ok(Value::bool(functions::isclose(a, b, rel_tol, abs_tol)))
}

const FUNCTIONS: &[(&str, NativeFn, &str)] = &[
    ("acos", acos, "Return the arc cosine of z."),
    ("acosh", acosh, "Return the inverse hyperbolic cosine of z."),
    ("asin", asin, "Return the arc sine of z."),
    ("asinh", asinh, "Return the inverse hyperbolic sine of z."),
    ("atan", atan, "Return the arc tangent of z."),
    ("atanh", atanh, "Return the inverse hyperbolic tangent of z."),
    ("cos", cos, "Return the cosine of z."),
    ("cosh", cosh, "Return the hyperbolic cosine of z."),
    ("exp", exp, "Return the exponential value e**z."),
    ("isclose", isclose, "Determine whether two complex numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them must be\nsmaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\nnot close to anything, even itself. inf and -inf are only close to themselves."),
    ("isfinite", isfinite, "Return True if both the real and imaginary parts of z are finite, else False."),
    ("isinf", isinf, "Checks if the real or imaginary part of z is infinite."),
    ("isnan", isnan, "Checks if the real or imaginary part of z not a number (NaN)."),
    ("log", log, "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of z."),
    ("log10", log10, "Return the base-10 logarithm of z."),
    ("phase", phase, "Return argument, also known as the phase angle, of a complex."),
    ("polar", polar, "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle."),
    ("rect", rect, "Convert from polar coordinates to rectangular coordinates."),
    ("sin", sin, "Return the sine of z."),
    ("sinh", sinh, "Return the hyperbolic sine of z."),
    ("sqrt", sqrt, "Return the square root of z."),
    ("tan", tan, "Return the tangent of z."),
    ("tanh", tanh, "Return the hyperbolic tangent of z."),
];

/// Builds the `cmath` module.
pub(crate) fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("cmath");
    for (name, f, doc) in FUNCTIONS {
        crate::add_function(&m, name, *f, Some(doc));
    }
    if let Some(d) = module_dict(&m) {
        d.set_rs("__doc__", pystr::new_str(DOC));
        for (name, x) in [
            ("pi", std::f64::consts::PI),
            ("e", std::f64::consts::E),
            ("tau", std::f64::consts::TAU),
            ("inf", f64::INFINITY),
            ("nan", f64::NAN),
        ] {
            d.set_rs(name, Value::float(x));
        }
        d.set_rs("infj", new_complex(0.0, f64::INFINITY));
        d.set_rs("nanj", new_complex(0.0, f64::NAN));
    }
    Ok(m)
}
