//! `float`'s unary, conversion and introspection methods, `hex`/`fromhex`, `__getformat__` and its getsets.
use crate::format;
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{call, protocols, Vm};
use crate::numeric::{float_hex, float_round, hash as numhash, int_float};
use crate::objects::builtin::Args;
use crate::objects::int::args::{no_args, receiver_error, slot_args};
use crate::objects::typeobj;
use crate::objects::{float, int, str as pystr, tuple, types};

/// The value of `self` of a `float` method (an inline float or a float subclass instance).
pub(super) fn this(args: &Args, name: &str, slot: bool) -> PyResult<f64> {
    let v = args.positional().first();
    v.and_then(float::to_f64)
        .ok_or_else(|| receiver_error(name, "float", v, slot))
}

/// A slot wrapper without arguments: `self`'s value.
fn unary(args: &Args, name: &str) -> PyResult<f64> {
    let x = this(args, name, true)?;
    slot_args(args, name, 0)?;
    Ok(x)
}

/// A method without arguments (`float.hex`): `self`'s value.
fn method(args: &Args, name: &str) -> PyResult<f64> {
    let x = this(args, name, false)?;
    no_args(args, &format!("float.{name}"))?;
    Ok(x)
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(pystr::new_string(format::float_repr(unary(
        args, "__repr__",
    )?)))
}

/// CPython's float hash; a NaN hashes by the identity of its object (an inline NaN has none: address 0).
fn hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = unary(args, "__hash__")?;
    let identity = args.positional()[0].as_obj().map_or(0, |o| o.addr());
    Ok(int::from_i64(numhash::hash_float(x, identity)))
}

fn bool_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(unary(args, "__bool__")? != 0.0))
}
fn float_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = unary(args, "__float__")?;
    Ok(float::exact(&args.positional()[0], x))
}
fn pos(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = unary(args, "__pos__")?;
    Ok(float::exact(&args.positional()[0], x))
}
fn neg(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::float(-unary(args, "__neg__")?))
}
fn abs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::float(unary(args, "__abs__")?.abs()))
}
fn int_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(float::to_int(unary(args, "__int__")?)?))
}
fn trunc(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(float::to_int(method(args, "__trunc__")?)?))
}
fn floor(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(float::to_int(
        method(args, "__floor__")?.floor(),
    )?))
}
fn ceil(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_big(float::to_int(
        method(args, "__ceil__")?.ceil(),
    )?))
}
fn conjugate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = method(args, "conjugate")?;
    Ok(float::exact(&args.positional()[0], x))
}
fn is_integer(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(int_float::float_is_integer(method(
        args,
        "is_integer",
    )?)))
}
fn getnewargs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = method(args, "__getnewargs__")?;
    Ok(tuple::new_tuple(vec![Value::float(x)]))
}
fn as_integer_ratio(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (n, d) = int_float::float_as_integer_ratio(method(args, "as_integer_ratio")?)?;
    Ok(tuple::new_tuple(vec![int::from_big(n), int::from_big(d)]))
}
fn hex(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(pystr::new_string(float_hex::float_hex(method(
        args, "hex",
    )?)))
}

/// `float.__round__(ndigits=None)`: an int without `ndigits` (or with `None`), else a correctly rounded float.
fn round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = this(args, "__round__", false)?;
    args.rest().no_kwargs("float.__round__")?;
    let a = args.rest().range("__round__", 0, 1)?;
    match a.first().filter(|n| !n.is_none()) {
        None => Ok(int::from_big(float_round::float_round_to_int(x)?)),
        Some(n) => {
            // `PyNumber_AsSsize_t(ndigits, NULL)`: out-of-range values are clipped, not refused.
            let n = protocols::index(vm, n)?;
            let n = i64::try_from(&n).unwrap_or(if n.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            });
            Ok(Value::float(float_round::float_round(x, n)?))
        }
    }
}

/// `float.__format__(spec)`; an empty spec is `str(self)`, so subclasses show their own text.
fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = this(args, "__format__", false)?;
    let a = args.rest().exact("float.__format__", 1)?;
    let Some(spec) = pystr::as_str(&a[0]) else {
        return Err(error::type_error(format!(
            "__format__() argument must be str, not {}",
            type_name_of(&a[0])
        )));
    };
    let this = &args.positional()[0];
    if spec.is_empty() && !float::is_exact(this) {
        return protocols::str_value(vm, this);
    }
    Ok(pystr::new_string(format::format_float(
        x,
        spec,
        &type_name_of(this),
    )?))
}

/// `float.fromhex(text)` (a class method: a subclass is called with the value).
fn fromhex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this()?.clone();
    let a = args.rest().exact("float.fromhex", 1)?;
    let Some(text) = pystr::as_str(&a[0]) else {
        return Err(error::type_error(
            "bad argument type for built-in operation",
        ));
    };
    let x = Value::float(float_hex::float_fromhex(text)?);
    if typeobj::as_type(&cls).is_some_and(|c| c.is(&types().float)) {
        return Ok(x);
    }
    call::call_value(vm, &cls, vec![x])
}

/// `float.__getformat__(typestr)`: the storage format of C doubles, which is IEEE on every platform weft
/// builds for.
fn getformat(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.rest().exact("float.__getformat__", 1)?;
    match pystr::as_str(&a[0]) {
        Some("double" | "float") => Ok(pystr::new_str(if cfg!(target_endian = "little") {
            "IEEE, little-endian"
        } else {
            "IEEE, big-endian"
        })),
        Some(_) => Err(error::value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
        None => Err(error::type_error(format!(
            "__getformat__() argument must be str, not {}",
            type_name_of(&a[0])
        ))),
    }
}

fn getter_this(v: &Value, name: &str) -> PyResult<f64> {
    float::to_f64(v).ok_or_else(|| receiver_error(name, "float", Some(v), false))
}
fn get_real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let x = getter_this(v, "real")?;
    Ok(float::exact(v, x))
}
fn get_imag(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    getter_this(v, "imag")?;
    Ok(Value::float(0.0))
}

pub(super) fn register() {
    use crate::objects::register::{attrs, classmethods, getsets, methods};
    let t = &types().float;
    methods(
        t,
        &[
            ("__repr__", repr),
            ("__hash__", hash),
            ("__bool__", bool_),
            ("__float__", float_),
            ("__int__", int_),
            ("__pos__", pos),
            ("__neg__", neg),
            ("__abs__", abs),
            ("__trunc__", trunc),
            ("__floor__", floor),
            ("__ceil__", ceil),
            ("__round__", round),
            ("__format__", format),
            ("__getnewargs__", getnewargs),
            ("conjugate", conjugate),
            ("is_integer", is_integer),
            ("as_integer_ratio", as_integer_ratio),
            ("hex", hex),
        ],
    );
    classmethods(t, &[("fromhex", fromhex), ("__getformat__", getformat)]);
    getsets(t, &[("real", get_real, None), ("imag", get_imag, None)]);
    attrs(
        t,
        vec![(
            "__doc__",
            pystr::new_str("Convert a string or number to a floating point number, if possible."),
        )],
    );
}
