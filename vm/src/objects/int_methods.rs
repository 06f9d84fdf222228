//! `int`'s unary, conversion and introspection methods, its numeric getsets, and `bool.__repr__`.
use super::args::{no_args, receiver_error, slot_args};
use crate::format::{self, IntRef};
use crate::heap::{Unpacked, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{protocols, Vm};
use crate::numeric::{hash, int_ops};
use crate::objects::builtin::Args;
use crate::objects::{int, str as pystr, tuple, types};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// The value of `self` of an `int` method (an inline int, a bool, a big int or an int subclass instance).
pub(super) fn this(args: &Args, name: &str, slot: bool) -> PyResult<BigInt> {
    let v = args.positional().first();
    v.and_then(int::to_big)
        .ok_or_else(|| receiver_error(name, "int", v, slot))
}

/// A slot wrapper without arguments: `self`'s value.
fn unary(args: &Args, name: &str) -> PyResult<BigInt> {
    let b = this(args, name, true)?;
    slot_args(args, name, 0)?;
    Ok(b)
}

/// A method without arguments (`int.bit_length`): `self`'s value.
fn method(args: &Args, name: &str) -> PyResult<BigInt> {
    let b = this(args, name, false)?;
    no_args(args, &format!("int.{name}"))?;
    Ok(b)
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(Unpacked::Int(i)) = args.positional().first().map(Value::unpack) {
        slot_args(args, "__repr__", 0)?;
        return Ok(pystr::new_string(i.to_string()));
    }
    let b = unary(args, "__repr__")?;
    Ok(pystr::new_string(int::to_decimal(&b)?))
}

fn hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = unary(args, "__hash__")?;
    Ok(int::from_i64(hash::hash_bigint(&b)))
}

fn bool_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(!unary(args, "__bool__")?.is_zero()))
}

/// `__int__`, `__index__` and `__pos__`: the value as an exact `int`.
fn int_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(unary(args, "__int__")?))
}
fn index(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(unary(args, "__index__")?))
}
fn pos(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(unary(args, "__pos__")?))
}
fn neg(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(-unary(args, "__neg__")?))
}
fn abs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(unary(args, "__abs__")?.abs()))
}
fn invert(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(!unary(args, "__invert__")?))
}

fn float_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = unary(args, "__float__")?;
    Ok(Value::float(format::int_to_f64(IntRef::Big(&b))?))
}

/// `__trunc__`, `__floor__`, `__ceil__`, `conjugate`: an int is its own integral part and conjugate.
fn trunc(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(method(args, "__trunc__")?))
}
fn floor(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(method(args, "__floor__")?))
}
fn ceil(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(method(args, "__ceil__")?))
}
fn conjugate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(method(args, "conjugate")?))
}

fn getnewargs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = method(args, "__getnewargs__")?;
    Ok(tuple::new_tuple(vec![int::from_big(b)]))
}

/// CPython's size: the header plus one 30-bit digit per 30 bits of magnitude, at least one.
fn sizeof(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = method(args, "__sizeof__")?;
    let digits = b.bits().div_ceil(30).max(1);
    Ok(int::from_i64(24 + 4 * digits as i64))
}

fn bit_length(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = method(args, "bit_length")?;
    Ok(int::from_i64(int_ops::bit_length(&b) as i64))
}

fn bit_count(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = method(args, "bit_count")?;
    Ok(int::from_i64(int_ops::bit_count(&b) as i64))
}

fn as_integer_ratio(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = method(args, "as_integer_ratio")?;
    Ok(tuple::new_tuple(vec![int::from_big(b), int::from_i64(1)]))
}

/// `int.__round__(ndigits=None)`: exact for `ndigits >= 0`; otherwise to the nearest multiple of
/// `10**-ndigits`, ties to even.
fn round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(args, "__round__", false)?;
    args.rest().no_kwargs("int.__round__")?;
    let a = args.rest().range("__round__", 0, 1)?;
    let Some(nd) = a.first() else {
        return Ok(int::from_big(b));
    };
    let nd = protocols::index(vm, nd)?;
    Ok(int::from_big(int_ops::int_round(&b, &nd)))
}

/// `int.__format__(spec)`; an empty spec is `str(self)`, so subclasses and bools show their own text.
fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(args, "__format__", false)?;
    let a = args.rest().exact("int.__format__", 1)?;
    let Some(spec) = pystr::as_str(&a[0]) else {
        return Err(error::type_error(format!(
            "__format__() argument must be str, not {}",
            type_name_of(&a[0])
        )));
    };
    let this = &args.positional()[0];
    if spec.is_empty() && !int::is_exact_int(this) {
        return protocols::str_value(vm, this);
    }
    let ty = type_name_of(this);
    // A lone surrogate for `'c'` is formatted as a stand-in character, then put back.
    if spec.ends_with('c') {
        if let Some(si) = pystr::StandIns::for_formatting(&a[0], std::slice::from_ref(this)) {
            let cp = b.to_u32().map_or('\u{FFFD}', |cp| si.char(cp));
            let text = format::format_int(
                IntRef::Small(i64::from(u32::from(cp))),
                spec,
                &ty,
                int::max_str_digits(),
            )?;
            return Ok(si.finish(text));
        }
    }
    Ok(pystr::new_string(format::format_int(
        IntRef::Big(&b),
        spec,
        &ty,
        int::max_str_digits(),
    )?))
}

/// A getset's receiver: `int.real.__get__(1.0)` is refused with the method wording.
fn getter_this(v: &Value, name: &str) -> PyResult<BigInt> {
    int::to_big(v).ok_or_else(|| receiver_error(name, "int", Some(v), false))
}
fn get_real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(int::from_big(getter_this(v, "real")?))
}
fn get_numerator(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(int::from_big(getter_this(v, "numerator")?))
}
fn get_imag(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    getter_this(v, "imag")?;
    Ok(int::from_i64(0))
}
fn get_denominator(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    getter_this(v, "denominator")?;
    Ok(int::from_i64(1))
}

fn bool_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.positional().first();
    let Some(b) = v.and_then(Value::as_bool) else {
        return Err(receiver_error("__repr__", "bool", v, true));
    };
    slot_args(args, "__repr__", 0)?;
    Ok(pystr::new_str(if b { "True" } else { "False" }))
}

const INT_DOC: &str = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4";
const BOOL_DOC: &str = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.";

pub(super) fn register() {
    use crate::objects::register::{attrs, getsets, methods};
    let t = types();
    methods(
        &t.int,
        &[
            ("__repr__", repr),
            ("__hash__", hash),
            ("__bool__", bool_),
            ("__int__", int_),
            ("__index__", index),
            ("__float__", float_),
            ("__pos__", pos),
            ("__neg__", neg),
            ("__abs__", abs),
            ("__invert__", invert),
            ("__trunc__", trunc),
            ("__floor__", floor),
            ("__ceil__", ceil),
            ("__round__", round),
            ("__format__", format),
            ("__getnewargs__", getnewargs),
            ("__sizeof__", sizeof),
            ("conjugate", conjugate),
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("as_integer_ratio", as_integer_ratio),
        ],
    );
    getsets(
        &t.int,
        &[
            ("real", get_real, None),
            ("imag", get_imag, None),
            ("numerator", get_numerator, None),
            ("denominator", get_denominator, None),
        ],
    );
    attrs(&t.int, vec![("__doc__", pystr::new_str(INT_DOC))]);
    methods(&t.bool_, &[("__repr__", bool_repr)]);
    attrs(&t.bool_, vec![("__doc__", pystr::new_str(BOOL_DOC))]);
}
