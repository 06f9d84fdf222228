//! The `unicodedata` module: the Unicode Character Database of CPython 3.11 (Unicode 14.0.0), and
//! `ucd_3_2_0`, the 3.2.0 database that `encodings.idna` and `stringprep` read.
//!
//! The data is generated from CPython 3.11's own module by `gen_tables.py` into `tables.rs`;
//! character names and numeric values come from the vm's tables (`weft_vm::text`), which the str
//! methods and codecs share. Every function takes a const `OLD` flag: `false` is the module
//! function (14.0.0), `true` the method of the `UCD` type, whose only instance is `ucd_3_2_0`.
mod db;
mod names;
mod normalize;
#[rustfmt::skip]
mod tables;

use crate::support::{native_type, no_new, this};
use db::Db;
use normalize::{Form, Quick};
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::method_support::{alloc_instance, exact_named, no_kwargs_named};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{methods, readonly_members, statics};
use weft_vm::objects::{int, str as pystr};

const DOC: &str = "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 14.0.0.";

/// The payload of `ucd_3_2_0`.
struct Ucd;

fn ucd_type() -> &'static ObjRef {
    static TYPE: OnceLock<GilShared<ObjRef>> = OnceLock::new();
    &TYPE
        .get_or_init(|| {
            let ty = native_type("unicodedata.UCD", false);
            statics(&ty, &[("__new__", no_new)]);
            let defs: Vec<(&'static str, NativeFn)> =
                FUNCTIONS.iter().map(|&(n, _, f, _)| (n, f)).collect();
            methods(&ty, &defs);
            readonly_members(&ty, &[("unidata_version", old_version)]);
            GilShared(ty)
        })
        .0
}

fn old_version(_vm: &mut Vm, _this: &Value) -> PyResult<Value> {
    Ok(pystr::new_str("3.2.0"))
}

/// The database, the arguments after `self`, and the prefix CPython's arity messages give.
fn split<'a, const OLD: bool>(
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Db, Args<'a>, &'static str)> {
    if OLD {
        this::<Ucd>(args, name, ucd_type())?;
        Ok((Db::V320, args.rest(), "UCD."))
    } else {
        Ok((
            Db::Current,
            Args::new(args.all, args.kwnames),
            "unicodedata.",
        ))
    }
}

/// One positional argument, no keywords (`METH_O`).
fn one<'a, const OLD: bool>(args: &Args<'a>, name: &str) -> PyResult<(Db, &'a Value)> {
    let (db, rest, prefix) = split::<OLD>(args, name)?;
    let a = exact_named(&rest, 1, || format!("{prefix}{name}"))?;
    Ok((db, &a[0]))
}

/// A character and an optional default (`name`, `decimal`, `digit`, `numeric`).
fn with_default<'a, const OLD: bool>(
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Db, u32, Option<&'a Value>)> {
    let (db, rest, prefix) = split::<OLD>(args, name)?;
    no_kwargs_named(&rest, || format!("{prefix}{name}"))?;
    let a = rest.range(name, 1, 2)?;
    Ok((db, char_arg(&a[0], name, " 1")?, a.get(1)))
}

/// The code point of a one-character str (Argument Clinic's `int(accept={str})`).
fn char_arg(v: &Value, fname: &str, pos: &str) -> PyResult<u32> {
    if let Some(s) = pystr::as_str_obj(v) {
        if s.char_len() == 1 {
            if let Some(cp) = s.code_points().next() {
                return Ok(cp);
            }
        }
    }
    Err(error::type_error(format!(
        "{fname}() argument{pos} must be a unicode character, not {}",
        type_name_of(v)
    )))
}

fn str_arg<'a>(v: &'a Value, fname: &str, pos: usize) -> PyResult<&'a pystr::Str> {
    pystr::as_str_obj(v).ok_or_else(|| {
        error::type_error(format!(
            "{fname}() argument {pos} must be str, not {}",
            type_name_of(v)
        ))
    })
}

/// The default when given, else `ValueError(msg)`.
fn or_default(found: Option<Value>, default: Option<&Value>, msg: &str) -> PyResult<Value> {
    match (found, default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(error::value_error(msg)),
    }
}

fn decimal<const OLD: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (db, cp, default) = with_default::<OLD>(args, "decimal")?;
    let v = db::decimal(db, cp).map(|d| int::from_i64(i64::from(d)));
    or_default(v, default, "not a decimal")
}

fn digit<const OLD: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, cp, default) = with_default::<OLD>(args, "digit")?;
    let v = db::digit(cp).map(|d| int::from_i64(i64::from(d)));
    or_default(v, default, "not a digit")
}

fn numeric<const OLD: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (db, cp, default) = with_default::<OLD>(args, "numeric")?;
    or_default(
        db::numeric(db, cp).map(Value::float),
        default,
        "not a numeric character",
    )
}

fn name<const OLD: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (db, cp, default) = with_default::<OLD>(args, "name")?;
    or_default(
        names::name(db, cp).map(pystr::new_string),
        default,
        "no such name",
    )
}

/// A one-character property.
fn property<const OLD: bool>(
    args: &Args,
    name: &str,
    f: impl FnOnce(Db, u32) -> Value,
) -> PyResult<Value> {
    let (db, v) = one::<OLD>(args, name)?;
    Ok(f(db, char_arg(v, name, "")?))
}

fn category<const OLD: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property::<OLD>(args, "category", |db, cp| {
        pystr::new_str(db::category(db, cp))
    })
}

fn bidirectional<const OLD: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property::<OLD>(args, "bidirectional", |db, cp| {
        pystr::new_str(db::bidirectional(db, cp))
    })
}

fn combining<const OLD: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property::<OLD>(args, "combining", |db, cp| {
        int::from_i64(i64::from(db::combining(db, cp)))
    })
}

fn mirrored<const OLD: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property::<OLD>(args, "mirrored", |db, cp| {
        int::from_i64(i64::from(db::mirrored(db, cp)))
    })
}

fn east_asian_width<const OLD: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property::<OLD>(args, "east_asian_width", |db, cp| {
        pystr::new_str(db::east_asian_width(db, cp))
    })
}

fn decomposition<const OLD: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property::<OLD>(args, "decomposition", |db, cp| {
        pystr::new_string(db::decomposition_text(db, cp))
    })
}

/// The database, form, text argument and its code points, for `normalize` and `is_normalized`.
fn form_and_text<'a, const OLD: bool>(
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Db, Form, &'a Value, Vec<u32>)> {
    let (db, rest, prefix) = split::<OLD>(args, name)?;
    no_kwargs_named(&rest, || format!("{prefix}{name}"))?;
    let a = rest.range(name, 2, 2)?;
    let form = str_arg(&a[0], name, 1)?;
    let text = str_arg(&a[1], name, 2)?;
    let form = Form::parse(form.as_str())
        .filter(|_| !form.has_surrogates())
        .ok_or_else(|| error::value_error("invalid normalization form"))?;
    Ok((db, form, &a[1], text.code_points().collect()))
}

fn normalize<const OLD: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (db, form, value, text) = form_and_text::<OLD>(args, "normalize")?;
    // CPython returns the argument itself when it is empty or passes the quick check.
    if text.is_empty() || normalize::quick_check(db, form, &text, true) == Quick::Yes {
        return Ok(value.clone());
    }
    Ok(pystr::new_code_points(&normalize::normalize(
        db, form, &text,
    )))
}

fn is_normalized<const OLD: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (db, form, _, text) = form_and_text::<OLD>(args, "is_normalized")?;
    let normal = text.is_empty()
        || match normalize::quick_check(db, form, &text, false) {
            Quick::Yes => true,
            Quick::No => false,
            Quick::Maybe => normalize::normalize(db, form, &text) == text,
        };
    Ok(Value::bool(normal))
}

fn lookup<const OLD: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (db, v) = one::<OLD>(args, "lookup")?;
    let name: String = if let Some(s) = pystr::as_str(v) {
        s.to_string()
    } else if let Some(b) = weft_vm::objects::bytes::as_bytes(v) {
        String::from_utf8_lossy(b).into_owned()
    } else if v.as_obj().is_some_and(|o| {
        o.downcast::<weft_vm::objects::bytearray::ByteArray>()
            .is_some()
    }) {
        return Err(error::type_error(format!(
            "lookup() argument must be read-only bytes-like object, not {}",
            type_name_of(v)
        )));
    } else {
        return Err(error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(v)
        )));
    };
    if name.len() > names::NAME_MAXLEN {
        return Err(key_error("name too long"));
    }
    match names::lookup(db, &name) {
        Some(cps) => Ok(pystr::new_code_points(&cps)),
        // CPython formats the name as a C string: it ends at a NUL.
        None => Err(key_error(&format!(
            "undefined character name '{}'",
            name.split('\0').next().unwrap_or("")
        ))),
    }
}

fn key_error(msg: &str) -> PyErr {
    error::key_error(pystr::new_str(msg))
}

/// (name, module function, `UCD` method, docstring).
type Entry = (&'static str, NativeFn, NativeFn, &'static str);

const FUNCTIONS: &[Entry] = &[
    ("decimal", decimal::<false>, decimal::<true>, "Converts a Unicode character into its equivalent decimal value.\n\nReturns the decimal value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised."),
    ("digit", digit::<false>, digit::<true>, "Converts a Unicode character into its equivalent digit value.\n\nReturns the digit value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised."),
    ("numeric", numeric::<false>, numeric::<true>, "Converts a Unicode character into its equivalent numeric value.\n\nReturns the numeric value assigned to the character chr as float.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised."),
    ("category", category::<false>, category::<true>, "Returns the general category assigned to the character chr as string."),
    ("bidirectional", bidirectional::<false>, bidirectional::<true>, "Returns the bidirectional class assigned to the character chr as string.\n\nIf no such value is defined, an empty string is returned."),
    ("combining", combining::<false>, combining::<true>, "Returns the canonical combining class assigned to the character chr as integer.\n\nReturns 0 if no combining class is defined."),
    ("mirrored", mirrored::<false>, mirrored::<true>, "Returns the mirrored property assigned to the character chr as integer.\n\nReturns 1 if the character has been identified as a \"mirrored\"\ncharacter in bidirectional text, 0 otherwise."),
    ("east_asian_width", east_asian_width::<false>, east_asian_width::<true>, "Returns the east asian width assigned to the character chr as string."),
    ("decomposition", decomposition::<false>, decomposition::<true>, "Returns the character decomposition mapping assigned to the character chr as string.\n\nAn empty string is returned in case no such mapping is defined."),
    ("is_normalized", is_normalized::<false>, is_normalized::<true>, "Return whether the Unicode string unistr is in the normal form 'form'.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."),
    ("normalize", normalize::<false>, normalize::<true>, "Return the normal form 'form' for the Unicode string unistr.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."),
    ("name", name::<false>, name::<true>, "Returns the name assigned to the character chr as a string.\n\nIf no name is defined, default is returned, or, if not given,\nValueError is raised."),
    ("lookup", lookup::<false>, lookup::<true>, "Look up character by name.\n\nIf a character with the given name is found, return the\ncorresponding character.  If not found, KeyError is raised."),
];

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = weft_vm::objects::module::new_module("unicodedata");
    for &(n, f, _, doc) in FUNCTIONS {
        crate::add_function(&m, n, f, Some(doc));
    }
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    let ty = ucd_type();
    let old = alloc_instance(ty, NativeObj::new(Ucd));
    d.set_rs("UCD", Value::obj(ty.clone()));
    d.set_rs("ucd_3_2_0", Value::obj(old));
    d.set_rs("unidata_version", pystr::new_str("14.0.0"));
    d.set_rs("__doc__", pystr::new_str(DOC));
    Ok(m)
}
