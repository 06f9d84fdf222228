//! The standard error handlers as callables (`codecs.lookup_error('strict')`, ...): each takes a
//! `UnicodeError` and returns `(replacement, resume_position)`. The replacement is computed by the
//! vm's codecs running the same handler on the failing slice.
use std::cell::RefCell;
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::ops::{a_type, type_name_of};
use weft_vm::interp::{attr, Vm};
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::typeobj::{is_subtype, type_name};
use weft_vm::objects::{bytes, int, str as pystr, tuple};
use weft_vm::text::codecs::{self, Codec};

const NAMES: &[(&str, NativeFn)] = &[
    ("strict", strict),
    ("ignore", ignore),
    ("replace", replace),
    ("backslashreplace", backslashreplace),
    ("xmlcharrefreplace", xmlcharrefreplace),
    ("namereplace", namereplace),
    ("surrogateescape", surrogateescape),
    ("surrogatepass", surrogatepass),
];

/// The handler functions made so far (immortal, shared by all threads under the GIL).
static MADE: OnceLock<GilShared<RefCell<Made>>> = OnceLock::new();

/// Handler name and function.
type Made = Vec<(&'static str, Value)>;

fn made() -> &'static RefCell<Made> {
    &MADE.get_or_init(|| GilShared(RefCell::new(Vec::new()))).0
}

/// The handler function for a standard name (one object per name).
pub(super) fn builtin(name: &str) -> Option<Value> {
    let (n, f) = NAMES.iter().find(|(n, _)| *n == name)?;
    let known = made()
        .borrow()
        .iter()
        .find(|(k, _)| k == n)
        .map(|(_, v)| v.clone());
    if known.is_some() {
        return known;
    }
    let fname: &'static str = match *n {
        "strict" => "strict_errors",
        "ignore" => "ignore_errors",
        "replace" => "replace_errors",
        "backslashreplace" => "backslashreplace_errors",
        "xmlcharrefreplace" => "xmlcharrefreplace_errors",
        "namereplace" => "namereplace_errors",
        "surrogateescape" => "surrogateescape",
        _ => "surrogatepass",
    };
    let b = weft_vm::objects::builtin::new_builtin(
        fname,
        *f,
        weft_vm::objects::builtin::BuiltinKind::Function,
        None,
    );
    b.make_immortal();
    let v = Value::obj(b);
    made().borrow_mut().push((n, v.clone()));
    Some(v)
}

enum Kind {
    Encode,
    Decode,
    Translate,
}

fn kind_of(exc: &Value) -> PyResult<Kind> {
    let ty = a_type(exc);
    let is = |name: &str| {
        let t = weft_vm::objects::str::codec::exception_type(name);
        ty.is(&t) || is_subtype(&ty, &t)
    };
    if is("UnicodeEncodeError") {
        Ok(Kind::Encode)
    } else if is("UnicodeDecodeError") {
        Ok(Kind::Decode)
    } else if is("UnicodeTranslateError") {
        Ok(Kind::Translate)
    } else {
        Err(error::type_error(format!(
            "don't know how to handle {} in error callback",
            type_name(&ty)
        )))
    }
}

fn raise(exc: &Value) -> PyErr {
    match exc.as_obj() {
        Some(o) => PyErr::from_obj(o.clone()),
        None => error::type_error("exception expected"),
    }
}

fn index_attr(vm: &mut Vm, exc: &Value, name: &str) -> PyResult<usize> {
    let v = attr::getattr(vm, exc, name)?;
    Ok(int::to_i64(&v).unwrap_or(0).max(0) as usize)
}

/// Runs handler `name` on the error `exc` (the single argument of `args`).
fn handle(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let a = args.exact(name, 1)?;
    let exc = &a[0];
    let kind = kind_of(exc)?;
    if name == "strict" {
        return Err(raise(exc));
    }
    let start = index_attr(vm, exc, "start")?;
    let end = index_attr(vm, exc, "end")?;
    let object = attr::getattr(vm, exc, "object")?;
    let done = |r: Value| tuple::new_tuple(vec![r, int::from_i64(end as i64)]);
    if name == "ignore" {
        return Ok(done(pystr::new_str("")));
    }
    match kind {
        Kind::Decode => {
            let data = weft_vm::interp::builtin_types::bytes_like(vm, &object)?;
            let slice = data.get(start..end.min(data.len())).unwrap_or_default();
            if name == "replace" {
                return Ok(done(pystr::new_str("\u{fffd}")));
            }
            if name == "xmlcharrefreplace" || name == "namereplace" {
                return Err(error::type_error(format!(
                    "don't know how to handle {} in error callback",
                    type_name_of(exc)
                )));
            }
            let codec = if name == "surrogatepass" {
                Codec::Utf8
            } else {
                Codec::Ascii
            };
            match codecs::decode(slice, codec, name, true) {
                Ok(d) => Ok(done(pystr::new_code_points(&d.text.code_points()))),
                Err(_) => Err(raise(exc)),
            }
        }
        Kind::Encode | Kind::Translate => {
            let text: Vec<u32> = pystr::as_str_obj(&object)
                .map(|s| s.code_points().collect())
                .unwrap_or_default();
            let slice = text.get(start..end.min(text.len())).unwrap_or_default();
            if name == "replace" {
                let c = if matches!(kind, Kind::Translate) {
                    "\u{fffd}"
                } else {
                    "?"
                };
                return Ok(done(pystr::new_string(c.repeat(slice.len()))));
            }
            let codec = if name == "surrogatepass" {
                Codec::Utf8
            } else {
                Codec::Ascii
            };
            match codecs::encode_code_points(slice, codec, name) {
                Ok(b) if matches!(name, "surrogateescape" | "surrogatepass") => {
                    Ok(done(bytes::new_bytes(b)))
                }
                Ok(b) => Ok(done(pystr::new_string(
                    String::from_utf8_lossy(&b).into_owned(),
                ))),
                Err(_) => Err(raise(exc)),
            }
        }
    }
}

macro_rules! handlers {
    ($($f:ident => $name:literal;)*) => {
        $(fn $f(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            handle(vm, args, $name)
        })*
    };
}

handlers! {
    strict => "strict";
    ignore => "ignore";
    replace => "replace";
    backslashreplace => "backslashreplace";
    xmlcharrefreplace => "xmlcharrefreplace";
    namereplace => "namereplace";
    surrogateescape => "surrogateescape";
    surrogatepass => "surrogatepass";
}
