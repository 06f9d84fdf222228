//! `float(x)` and the float conversion protocol: CPython's `float_new_impl`, `PyNumber_Float`,
//! `PyFloat_FromString` and `PyFloat_AsDouble`.
use crate::format;
use crate::heap::{Kind, Unpacked, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::{call, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::int::args::new_cls;
use crate::objects::typeobj::lookup_str;
use crate::objects::{self, float, int, str as pystr, types};

/// `float.__new__(cls, x=0.0, /)`.
fn float_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().float)?;
    let rest = args.rest();
    // Keywords are refused unless a subclass's own `__init__` takes them (CPython's float_new).
    let own_init = lookup_str(cls, "__init__")
        .zip(lookup_str(&types().float, "__init__"))
        .is_some_and(|(mine, float_init)| mine.bits() != float_init.bits());
    if !own_init {
        rest.no_kwargs("float")?;
    }
    let a = Args::pos(rest.positional()).range("float", 0, 1)?;
    let x = match a.first() {
        None => 0.0,
        // `PyNumber_Float` returns an exact float itself (a NaN keeps its identity).
        Some(x) if float::is_exact(x) && cls.is(&types().float) => return Ok(x.clone()),
        Some(x) => number_float(vm, x)?,
    };
    Ok(float::new_float_of(cls, x))
}

/// `float(v)` (CPython's `PyNumber_Float`): through `__float__`, then `__index__`, then by parsing a `str`,
/// `bytes`, `bytearray` or `memoryview`.
///
/// # Errors
/// `TypeError` for other types and for a `__float__` returning a non-float, `ValueError` for bad text,
/// `OverflowError` for an int too large, and whatever the dunders raise.
pub fn number_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v.unpack() {
        Unpacked::Float(x) => return Ok(x),
        Unpacked::Int(i) => return Ok(i as f64),
        Unpacked::Bool(b) => return Ok(f64::from(u8::from(b))),
        _ => {}
    }
    let ty = a_type(v);
    if lookup_str(&ty, "__float__").is_some() {
        return float_dunder(vm, v);
    }
    if lookup_str(&ty, "__index__").is_some() {
        let b = int::index_value(vm, v)?;
        return Ok(format::int_to_f64(format::IntRef::Big(&b))?);
    }
    if let Some(s) = pystr::as_str(v) {
        return Ok(format::parse_float(s, || repr_or(vm, v, s))?);
    }
    let data = match v.as_obj().map(|o| o.kind()) {
        Some(Kind::Bytes | Kind::ByteArray | Kind::MemoryView) => {
            crate::interp::builtin_types::bytes_like(vm, v)?
        }
        // Any other buffer (`array.array`) is read as its bytes too.
        _ if crate::objects::str::args::is_buffer(v) => {
            crate::interp::builtin_types::bytes_like(vm, v)?
        }
        _ => {
            return Err(error::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name_of(v)
            )))
        }
    };
    // C's parser sees bytes: anything but ASCII is malformed.
    match std::str::from_utf8(&data).ok().filter(|t| t.is_ascii()) {
        Some(text) => Ok(format::parse_float(text, || repr_or(vm, v, text))?),
        None => {
            let r = protocols::repr_string(vm, v)?;
            Err(format::float_parse_error(&r).into())
        }
    }
}

fn repr_or(vm: &mut Vm, v: &Value, text: &str) -> String {
    protocols::repr_string(vm, v).unwrap_or_else(|_| format!("'{text}'"))
}

/// Calls `__float__` and checks its result: a float, or (deprecated) an instance of a float subclass.
fn float_dunder(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let ty = a_type(v);
    let m = lookup_str(&ty, "__float__").unwrap_or(Value::NONE);
    let r = call::call_special(vm, &m, v, vec![])?;
    let Some(x) = float::to_f64(&r) else {
        return Err(error::type_error(format!(
            "{}.__float__ returned non-float (type {})",
            type_name_of(v),
            type_name_of(&r)
        )));
    };
    if float::is_exact(&r) {
        return Ok(x);
    }
    int::warn_deprecated(
        vm,
        &format!(
            "{}.__float__ returned non-float (type {}).  The ability to return an instance of a \
             strict subclass of float is deprecated, and may be removed in a future version of Python.",
            type_name_of(v),
            type_name_of(&r)
        ),
    )?;
    Ok(x)
}

/// A real-number argument as a double (CPython's `PyFloat_AsDouble`, what `math.sqrt(x)` and `'%f' % x`
/// use): a float, `__float__`, or `__index__`; text is not accepted.
///
/// # Errors
/// `TypeError("must be real number, not str")` and the errors of `__float__`/`__index__`.
pub fn as_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(x) = float::to_f64(v) {
        return Ok(x);
    }
    if let Some(i) = v.as_int() {
        return Ok(i as f64);
    }
    let ty = a_type(v);
    if lookup_str(&ty, "__float__").is_some() {
        return float_dunder(vm, v);
    }
    if lookup_str(&ty, "__index__").is_some() {
        let b = int::index_value(vm, v)?;
        return Ok(format::int_to_f64(format::IntRef::Big(&b))?);
    }
    Err(error::type_error(format!(
        "must be real number, not {}",
        type_name_of(v)
    )))
}

pub(super) fn register() {
    objects::register::statics(&types().float, &[("__new__", float_new)]);
}
