//! The `_locale` module: the C library's locale, as CPython exposes it (`setlocale`,
//! `localeconv`, `nl_langinfo`, `getencoding`, `strcoll`, `strxfrm`, the `LC_*` and langinfo
//! constants, `locale.Error`). The C library calls are in `sys.rs`.
//!
//! CPython sets `LC_CTYPE` from the environment at startup and coerces a C/POSIX `LC_CTYPE` to
//! `C.UTF-8` (PEP 538); weft does the same when `_locale` is first imported, the first moment
//! the locale can be observed.
mod sys;

use std::sync::{Once, OnceLock};
use weft_vm::heap::{GilShared, Kind, ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::ssize_arg;
use weft_vm::objects::typeobj::{self, tdata, tflag, TypeData};
use weft_vm::objects::{dict, int, list, str as pystr, types};

const DOC: &str = "Support for POSIX locales.";

/// The langinfo constants CPython exposes, by name (glibc's values, from `libc`).
const LANGINFO: &[(&str, i32)] = &[
    ("RADIXCHAR", libc::RADIXCHAR),
    ("THOUSEP", libc::THOUSEP),
    ("CRNCYSTR", libc::CRNCYSTR),
    ("D_T_FMT", libc::D_T_FMT),
    ("D_FMT", libc::D_FMT),
    ("T_FMT", libc::T_FMT),
    ("AM_STR", libc::AM_STR),
    ("PM_STR", libc::PM_STR),
    ("CODESET", libc::CODESET),
    ("T_FMT_AMPM", libc::T_FMT_AMPM),
    ("ERA", libc::ERA),
    ("ERA_D_FMT", libc::ERA_D_FMT),
    ("ERA_D_T_FMT", libc::ERA_D_T_FMT),
    ("ERA_T_FMT", libc::ERA_T_FMT),
    ("ALT_DIGITS", libc::ALT_DIGITS),
    ("YESEXPR", libc::YESEXPR),
    ("NOEXPR", libc::NOEXPR),
    // glibc's `_DATE_FMT`, which the `libc` crate does not name.
    ("_DATE_FMT", 0x2006c),
    ("DAY_1", libc::DAY_1),
    ("DAY_2", libc::DAY_2),
    ("DAY_3", libc::DAY_3),
    ("DAY_4", libc::DAY_4),
    ("DAY_5", libc::DAY_5),
    ("DAY_6", libc::DAY_6),
    ("DAY_7", libc::DAY_7),
    ("ABDAY_1", libc::ABDAY_1),
    ("ABDAY_2", libc::ABDAY_2),
    ("ABDAY_3", libc::ABDAY_3),
    ("ABDAY_4", libc::ABDAY_4),
    ("ABDAY_5", libc::ABDAY_5),
    ("ABDAY_6", libc::ABDAY_6),
    ("ABDAY_7", libc::ABDAY_7),
    ("MON_1", libc::MON_1),
    ("MON_2", libc::MON_2),
    ("MON_3", libc::MON_3),
    ("MON_4", libc::MON_4),
    ("MON_5", libc::MON_5),
    ("MON_6", libc::MON_6),
    ("MON_7", libc::MON_7),
    ("MON_8", libc::MON_8),
    ("MON_9", libc::MON_9),
    ("MON_10", libc::MON_10),
    ("MON_11", libc::MON_11),
    ("MON_12", libc::MON_12),
    ("ABMON_1", libc::ABMON_1),
    ("ABMON_2", libc::ABMON_2),
    ("ABMON_3", libc::ABMON_3),
    ("ABMON_4", libc::ABMON_4),
    ("ABMON_5", libc::ABMON_5),
    ("ABMON_6", libc::ABMON_6),
    ("ABMON_7", libc::ABMON_7),
    ("ABMON_8", libc::ABMON_8),
    ("ABMON_9", libc::ABMON_9),
    ("ABMON_10", libc::ABMON_10),
    ("ABMON_11", libc::ABMON_11),
    ("ABMON_12", libc::ABMON_12),
];

const CATEGORIES: &[(&str, i32)] = &[
    ("LC_CTYPE", libc::LC_CTYPE),
    ("LC_TIME", libc::LC_TIME),
    ("LC_COLLATE", libc::LC_COLLATE),
    ("LC_MONETARY", libc::LC_MONETARY),
    ("LC_MESSAGES", libc::LC_MESSAGES),
    ("LC_NUMERIC", libc::LC_NUMERIC),
    ("LC_ALL", libc::LC_ALL),
];

/// `locale.Error`, a plain `Exception` subclass.
fn error_type() -> &'static ObjRef {
    static TYPE: OnceLock<GilShared<ObjRef>> = OnceLock::new();
    &TYPE
        .get_or_init(|| {
            let t = types();
            let flags = tflag::BASETYPE | tflag::HAS_DICT | tflag::EXCEPTION | tflag::HEAPTYPE;
            let ty = weft_vm::heap::alloc(
                &t.type_,
                TypeData::new("Error", Kind::Exception, flags),
                None,
            );
            ty.make_immortal();
            let td = tdata(&ty);
            let bases = vec![t.exception.clone()];
            let mro = typeobj::compute_mro(&ty, &bases).unwrap_or_else(|_| vec![ty.clone()]);
            *td.base.borrow_mut() = bases.first().cloned();
            *td.bases.borrow_mut() = bases;
            *td.mro.borrow_mut() = mro;
            td.dict.set_rs("__module__", pystr::new_str("locale"));
            GilShared(ty)
        })
        .0
}

fn locale_error(msg: &str) -> PyErr {
    PyErr::new(error_type(), msg)
}

/// Text from the C library (in the locale's encoding, UTF-8 or ASCII in practice).
fn decoded(b: &[u8]) -> Value {
    pystr::new_string(String::from_utf8_lossy(b).into_owned())
}

/// An `int` argument (`'str' object cannot be interpreted as an integer` otherwise).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = ssize_arg(vm, v)?;
    i32::try_from(n).map_err(|_| {
        error::overflow_error(if n < 0 {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        })
    })
}

/// A str argument; `pos` is "" for a function's only argument, else " 1", " 2" (CPython's
/// messages).
fn str_arg<'a>(v: &'a Value, fname: &str, pos: &str) -> PyResult<&'a pystr::Str> {
    pystr::as_str_obj(v).ok_or_else(|| {
        error::type_error(format!(
            "{fname}() argument{pos} must be str, not {}",
            type_name_of(v)
        ))
    })
}

/// The code points of a str argument that the C library receives as a wide string.
fn wide_arg(v: &Value, fname: &str, pos: &str) -> PyResult<Vec<u32>> {
    let s = str_arg(v, fname, pos)?;
    let cps: Vec<u32> = s.code_points().collect();
    if cps.contains(&0) {
        return Err(error::value_error("embedded null character"));
    }
    Ok(cps)
}

fn setlocale(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("setlocale", 1, 2)?;
    let category = int_arg(vm, &a[0])?;
    let locale = match a.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match pystr::as_str(v) {
            Some(s) => {
                Some(sys::c_name(s).ok_or_else(|| error::value_error("embedded null character"))?)
            }
            None => {
                return Err(error::type_error(format!(
                    "setlocale() argument 2 must be str or None, not {}",
                    type_name_of(v)
                )))
            }
        },
    };
    match (
        sys::setlocale(category, locale.as_deref()),
        locale.is_some(),
    ) {
        (Some(name), _) => Ok(decoded(&name)),
        (None, true) => Err(locale_error("unsupported locale setting")),
        (None, false) => Err(locale_error("locale query failed")),
    }
}

/// A grouping string as CPython's `copy_grouping` gives it: each group size (a C `char`),
/// through the terminating 0 or `CHAR_MAX`.
fn grouping(g: &[u8]) -> Value {
    let mut out = Vec::new();
    for &b in g {
        let c = b as libc::c_char;
        out.push(int::from_i64(i64::from(c)));
        if c == libc::c_char::MAX {
            return list::new_list(out);
        }
    }
    if !g.is_empty() {
        out.push(int::from_i64(0));
    }
    list::new_list(out)
}

fn localeconv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("localeconv", 0)?;
    let c = sys::localeconv();
    let dv = Value::obj(dict::new_dict());
    let Some(out) = dict::as_dict(&dv) else {
        return Ok(dv);
    };
    let text = |name: &str| {
        c.strings
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(Value::NONE, |(_, b)| decoded(b))
    };
    for name in [
        "int_curr_symbol",
        "currency_symbol",
        "mon_decimal_point",
        "mon_thousands_sep",
    ] {
        out.set(vm, pystr::new_str(name), text(name))?;
    }
    out.set(
        vm,
        pystr::new_str("mon_grouping"),
        grouping(&c.mon_grouping),
    )?;
    for name in ["positive_sign", "negative_sign"] {
        out.set(vm, pystr::new_str(name), text(name))?;
    }
    for (name, v) in &c.ints {
        out.set(vm, pystr::new_str(name), int::from_i64(i64::from(*v)))?;
    }
    for name in ["decimal_point", "thousands_sep"] {
        out.set(vm, pystr::new_str(name), text(name))?;
    }
    out.set(vm, pystr::new_str("grouping"), grouping(&c.grouping))?;
    Ok(dv)
}

fn nl_langinfo(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("nl_langinfo", 1)?;
    let item = int_arg(vm, &a[0])?;
    if !LANGINFO.iter().any(|&(_, v)| v == item) {
        return Err(error::value_error("unsupported langinfo constant"));
    }
    Ok(decoded(&sys::nl_langinfo(item)))
}

/// `getencoding()`: the locale's encoding (`nl_langinfo(CODESET)`, UTF-8 when empty).
fn getencoding(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getencoding", 0)?;
    let codeset = sys::nl_langinfo(libc::CODESET);
    if codeset.is_empty() {
        return Ok(pystr::new_str("UTF-8"));
    }
    Ok(decoded(&codeset))
}

fn strcoll(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("strcoll", 2, 2)?;
    let x = wide_arg(&a[0], "strcoll", " 1")?;
    let y = wide_arg(&a[1], "strcoll", " 2")?;
    Ok(int::from_i64(i64::from(sys::strcoll(&x, &y))))
}

fn strxfrm(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("strxfrm", 1)?;
    let cps = wide_arg(&a[0], "strxfrm", "")?;
    let out = sys::strxfrm(&cps).map_err(|e| error::os_error(e.to_string()))?;
    let valid: Vec<u32> = out.into_iter().filter(|&c| c < 0x110000).collect();
    Ok(pystr::new_code_points(&valid))
}

/// `LC_CTYPE` from the environment, coerced to UTF-8 when that is the C locale (PEP 538).
fn init_ctype() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let empty = sys::c_name("").unwrap_or_default();
        let name = sys::setlocale(libc::LC_CTYPE, Some(&empty));
        if matches!(name.as_deref(), Some(b"C") | Some(b"POSIX")) {
            for target in ["C.UTF-8", "C.utf8", "UTF-8"] {
                let Some(t) = sys::c_name(target) else {
                    continue;
                };
                if sys::setlocale(libc::LC_CTYPE, Some(&t)).is_some() {
                    break;
                }
            }
        }
    });
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    init_ctype();
    let m = crate::support::module_with_docs(
        "_locale",
        &[
            (
                "setlocale",
                setlocale,
                "Activates/queries locale processing.",
            ),
            (
                "localeconv",
                localeconv,
                "Returns numeric and monetary locale-specific parameters.",
            ),
            (
                "nl_langinfo",
                nl_langinfo,
                "Return the value for the locale information associated with key.",
            ),
            (
                "getencoding",
                getencoding,
                "Get the current locale encoding.",
            ),
            (
                "strcoll",
                strcoll,
                "Compares two strings according to the locale.",
            ),
            (
                "strxfrm",
                strxfrm,
                "Return a string that can be used as a key for locale-aware comparisons.",
            ),
        ],
    );
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    for &(name, v) in CATEGORIES.iter().chain(LANGINFO) {
        d.set_rs(name, int::from_i64(i64::from(v)));
    }
    d.set_rs("CHAR_MAX", int::from_i64(i64::from(libc::c_char::MAX)));
    d.set_rs("Error", Value::obj(error_type().clone()));
    d.set_rs("__doc__", pystr::new_str(DOC));
    Ok(m)
}
