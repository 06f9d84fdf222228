//! `int(x)`, `int(text, base)` and `bool(x)`: CPython's `long_new_impl`, `PyNumber_Long`, `PyNumber_Index`
//! and `bool_new`, including the fallbacks to `__int__`, `__index__` and `__trunc__` and the
//! `DeprecationWarning`s that 3.11 issues for them.
use super::args::{clinic_bind, new_cls};
use crate::format::{self, Int};
use crate::heap::{Unpacked, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::{attr, call, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::typeobj::{self, lookup_str};
use crate::objects::{self, int, str as pystr, types};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// `int.__new__(cls, x=0, /, base=10)`.
fn int_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().int)?;
    let [x, base] = clinic_bind(&args.rest(), "int", ["x", "base"], 1, 2, 0)?;
    let v = match (x, base) {
        (None, Some(_)) => return Err(error::type_error("int() missing string argument")),
        (None, None) => int::from_i64(0),
        (Some(x), None) => number_long(vm, &x)?,
        (Some(x), Some(base)) => with_base(vm, &x, &base)?,
    };
    if cls.is(&types().int) {
        return Ok(v);
    }
    Ok(int::new_int_of(cls, int::to_big(&v).unwrap_or_default()))
}

/// `int(x, base)`: only text can be given a base.
fn with_base(vm: &mut Vm, x: &Value, base: &Value) -> PyResult<Value> {
    // `PyNumber_AsSsize_t(base, NULL)` clips out-of-range values, which then fail the range check.
    let base = protocols::index(vm, base)?.to_i64().unwrap_or(i64::MIN);
    if base == 1 || !(0..=36).contains(&base) {
        return Err(error::value_error(format::int_parse::BAD_BASE));
    }
    let base = base as u32;
    if let Some(s) = pystr::as_str(x) {
        return parse_text(vm, x, s, base);
    }
    if let Some(data) = bytes_or_bytearray(x) {
        return parse_bytes(vm, &data, base);
    }
    Err(error::type_error(
        "int() can't convert non-string with explicit base",
    ))
}

fn bytes_or_bytearray(x: &Value) -> Option<Vec<u8>> {
    if let Some(b) = objects::bytes::as_bytes(x) {
        return Some(b.to_vec());
    }
    x.as_obj()
        .and_then(|o| o.downcast::<objects::bytearray::ByteArray>())
        .map(|b| b.data.borrow().clone())
}

fn int_value(r: Int) -> Value {
    match r {
        Int::Small(i) => int::from_i64(i),
        Int::Big(b) => int::from_big(b),
    }
}

/// `PyLong_FromUnicodeObject`: the error message shows the argument's repr.
fn parse_text(vm: &mut Vm, x: &Value, s: &str, base: u32) -> PyResult<Value> {
    let r = format::parse_int(s, base, int::max_str_digits(), || {
        protocols::repr_string(vm, x).unwrap_or_else(|_| format!("'{s}'"))
    })?;
    Ok(int_value(r))
}

/// `_PyLong_FromBytes`: C's `strtol` rules, so only ASCII digits and ASCII whitespace (which, unlike
/// `str.isspace`, excludes `\x1c`-`\x1f`); the message shows the first 200 bytes as a bytes repr.
fn parse_bytes(vm: &mut Vm, data: &[u8], base: u32) -> PyResult<Value> {
    let plain = data
        .iter()
        .all(|&c| c.is_ascii() && !(0x1c..=0x1f).contains(&c));
    let mut repr = || {
        let head = objects::bytes::new_bytes(data[..data.len().min(200)].to_vec());
        protocols::repr_string(vm, &head).unwrap_or_default()
    };
    match std::str::from_utf8(data).ok().filter(|_| plain) {
        Some(text) => Ok(int_value(format::parse_int(
            text,
            base,
            int::max_str_digits(),
            repr,
        )?)),
        None => Err(format::invalid_int_literal(base, &repr()).into()),
    }
}

/// `int(v)` (CPython's `PyNumber_Long`): an exact `int`, through `__int__`, `__index__`, `__trunc__`, or by
/// parsing a `str`, `bytes`, `bytearray` or `memoryview`.
///
/// # Errors
/// `TypeError` for other types and for dunders returning non-ints, `ValueError` for bad text, and whatever
/// the dunders raise.
pub fn number_long(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.unpack() {
        Unpacked::Int(_) => return Ok(v.clone()),
        Unpacked::Bool(b) => return Ok(int::from_i64(b as i64)),
        Unpacked::Float(f) => return Ok(int::from_big(objects::float::to_int(f)?)),
        _ => {}
    }
    if int::is_exact_int(v) {
        return Ok(v.clone());
    }
    let ty = a_type(v);
    if let Some(m) = lookup_str(&ty, "__int__") {
        let r = call::call_special(vm, &m, v, vec![])?;
        if int::is_exact_int(&r) {
            return Ok(r);
        }
        let Some(b) = int::to_big(&r) else {
            return Err(error::type_error(format!(
                "__int__ returned non-int (type {})",
                type_name_of(&r)
            )));
        };
        warn_deprecated(vm, &subclass_warning("__int__", &r))?;
        return Ok(int::from_big(b));
    }
    if lookup_str(&ty, "__index__").is_some() {
        return index_value(vm, v).map(int::from_big);
    }
    if let Some(m) = lookup_str(&ty, "__trunc__") {
        warn_deprecated(vm, "The delegation of int() to __trunc__ is deprecated.")?;
        let r = call::call_special(vm, &m, v, vec![])?;
        if let Some(b) = int::to_big(&r) {
            return Ok(int::from_big(b));
        }
        if lookup_str(&a_type(&r), "__index__").is_none() {
            return Err(error::type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                type_name_of(&r)
            )));
        }
        return index_value(vm, &r).map(int::from_big);
    }
    if let Some(s) = pystr::as_str(v) {
        return parse_text(vm, v, s, 10);
    }
    if let Some(data) = bytes_or_bytearray(v) {
        return parse_bytes(vm, &data, 10);
    }
    if v.as_obj()
        .is_some_and(|o| o.kind() == crate::heap::Kind::MemoryView)
    {
        let data = crate::interp::builtin_types::bytes_like(vm, v)?;
        return parse_bytes(vm, &data, 10);
    }
    // Any other buffer exporter (`array.array`, say) is parsed from a copy of its bytes.
    if let Some(data) = crate::objects::native::buffer_bytes(v) {
        return parse_bytes(vm, &data, 10);
    }
    Err(error::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name_of(v)
    )))
}

/// `operator.index(v)` (CPython's `PyNumber_Index`): the value of an int, or of what `__index__` returns.
///
/// # Errors
/// `TypeError` when `v` has no `__index__` or it returns a non-int; a `DeprecationWarning` escalated to an
/// error when it returns an instance of a strict subclass of int.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = int::to_big(v) {
        return Ok(b);
    }
    let Some(m) = lookup_str(&a_type(v), "__index__") else {
        return Err(error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        )));
    };
    let r = call::call_special(vm, &m, v, vec![])?;
    let Some(b) = int::to_big(&r) else {
        return Err(error::type_error(format!(
            "__index__ returned non-int (type {})",
            type_name_of(&r)
        )));
    };
    if !int::is_exact_int(&r) {
        warn_deprecated(vm, &subclass_warning("__index__", &r))?;
    }
    Ok(b)
}

fn subclass_warning(dunder: &str, r: &Value) -> String {
    format!(
        "{dunder} returned non-int (type {}).  The ability to return an instance of a strict subclass \
         of int is deprecated, and may be removed in a future version of Python.",
        type_name_of(r)
    )
}

/// Issues a `DeprecationWarning` through the `warnings` module when the program has imported it (so its
/// filters decide: ignored, shown, or raised when they say "error"). Without `warnings` loaded, nothing is
/// shown: weft has no `_warnings` yet, and CPython's default filters hide these outside `__main__`.
///
/// # Errors
/// The warning itself, when a filter turns it into an exception.
pub fn warn_deprecated(vm: &mut Vm, msg: &str) -> PyResult<()> {
    let module = vm
        .modules
        .downcast::<objects::dict::Dict>()
        .and_then(|d| d.get_rs("warnings"));
    let Some(module) = module else {
        return Ok(());
    };
    let Some(warn) = attr::getattr_opt(vm, &module, "warn")? else {
        return Ok(());
    };
    let Some(category) = types()
        .exceptions
        .iter()
        .find(|e| typeobj::type_name(e) == "DeprecationWarning")
    else {
        return Ok(());
    };
    call::call_value_kw(
        vm,
        &warn,
        vec![pystr::new_str(msg), Value::obj(category.clone())],
        vec![("stacklevel", int::from_i64(1))],
    )?;
    Ok(())
}

/// `bool.__new__(cls, x=False, /)`.
fn bool_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_cls(args, &types().bool_)?;
    let rest = args.rest();
    rest.no_kwargs("bool")?;
    let a = rest.range("bool", 0, 1)?;
    Ok(Value::bool(match a.first() {
        Some(x) => crate::interp::ops::truthy(vm, x)?,
        None => false,
    }))
}

pub(super) fn register() {
    use crate::objects::register::statics;
    let t = types();
    statics(&t.int, &[("__new__", int_new)]);
    statics(&t.bool_, &[("__new__", bool_new)]);
}
