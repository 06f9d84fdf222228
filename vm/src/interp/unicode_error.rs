//! `UnicodeEncodeError`, `UnicodeDecodeError` and `UnicodeTranslateError`: their five (four)
//! attributes, set by `__init__` from positional arguments as CPython's `PyArg_ParseTuple` does, and
//! the `__str__` that names the offending character or byte range from them.
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{builtin_types, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::method_support::ssize_arg;
use crate::objects::{bytes, instance, int, str as pystr, tuple};

/// Which of the three classes: what `object` is and how `__str__` words the failure.
#[derive(Clone, Copy, PartialEq)]
enum Which {
    Encode,
    Decode,
    Translate,
}

fn set(o: &Value, name: &str, v: Value) {
    if let Some(obj) = o.as_obj() {
        instance::set(obj, &pystr::intern(name), v);
    }
}

fn get(o: &Value, name: &str) -> Option<Value> {
    o.as_obj()
        .and_then(|obj| instance::get(obj, &pystr::intern(name)))
}

fn str_arg(i: usize, v: &Value) -> PyResult<Value> {
    if pystr::as_str(v).is_some() {
        Ok(v.clone())
    } else {
        Err(error::type_error(format!(
            "argument {i} must be str, not {}",
            type_name_of(v)
        )))
    }
}

fn init(vm: &mut Vm, args: &Args, which: Which) -> PyResult<Value> {
    let this = args.this()?;
    let rest = args.rest();
    if rest.has_kwargs() {
        return Err(error::type_error(format!(
            "{}() takes no keyword arguments",
            type_name_of(this)
        )));
    }
    let pos = rest.positional();
    if let Some(d) = this
        .as_obj()
        .and_then(|o| o.downcast::<crate::objects::exception::ExceptionData>())
    {
        let old = d.args.replace(tuple::new_tuple(pos.to_vec()));
        drop(old);
    }
    let want = if which == Which::Translate { 4 } else { 5 };
    if pos.len() != want {
        return Err(error::type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            pos.len()
        )));
    }
    let (encoding, rest) = if which == Which::Translate {
        (None, pos)
    } else {
        (Some(str_arg(1, &pos[0])?), &pos[1..])
    };
    let object = match which {
        Which::Decode => {
            if bytes::as_bytes(&rest[0]).is_some() {
                rest[0].clone()
            } else {
                bytes::new_bytes(builtin_types::bytes_like(vm, &rest[0])?)
            }
        }
        _ => str_arg(want - 3, &rest[0])?,
    };
    let start = ssize_arg(vm, &rest[1])?;
    let end = ssize_arg(vm, &rest[2])?;
    let reason = str_arg(want, &rest[3])?;
    set(this, "encoding", encoding.unwrap_or(Value::NONE));
    set(this, "object", object);
    set(this, "start", int::from_i64(start as i64));
    set(this, "end", int::from_i64(end as i64));
    set(this, "reason", reason);
    Ok(Value::NONE)
}

fn to_str(vm: &mut Vm, args: &Args, which: Which) -> PyResult<Value> {
    let this = args.this()?;
    let Some(object) = get(this, "object").filter(|o| !o.is_none()) else {
        return Ok(pystr::new_str(""));
    };
    let reason = protocols::str_string(vm, &get(this, "reason").unwrap_or(Value::NONE))?;
    let start = get(this, "start")
        .and_then(|v| int::to_i64(&v))
        .unwrap_or(0);
    let end = get(this, "end").and_then(|v| int::to_i64(&v)).unwrap_or(0);
    let codec = match which {
        Which::Translate => String::new(),
        _ => format!(
            "'{}' codec ",
            protocols::str_string(vm, &get(this, "encoding").unwrap_or(Value::NONE))?
        ),
    };
    let verb = match which {
        Which::Encode => "encode",
        Which::Decode => "decode",
        Which::Translate => "translate",
    };
    let single = end == start + 1 && start >= 0;
    let one = if !single {
        None
    } else if which == Which::Decode {
        bytes::as_bytes(&object)
            .and_then(|b| b.get(start as usize))
            .map(|b| format!("byte 0x{b:02x}"))
    } else {
        pystr::as_str_obj(&object)
            .and_then(|s| s.code_point_at(start as usize))
            .map(|c| match c {
                0..=0xff => format!("character '\\x{c:02x}'"),
                0x100..=0xffff => format!("character '\\u{c:04x}'"),
                _ => format!("character '\\U{c:08x}'"),
            })
    };
    Ok(pystr::new_string(match one {
        Some(what) => format!("{codec}can't {verb} {what} in position {start}: {reason}"),
        None => {
            let plural = if which == Which::Decode {
                "bytes"
            } else {
                "characters"
            };
            format!(
                "{codec}can't {verb} {plural} in position {start}-{}: {reason}",
                end - 1
            )
        }
    }))
}

fn encode_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    init(vm, args, Which::Encode)
}
fn decode_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    init(vm, args, Which::Decode)
}
fn translate_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    init(vm, args, Which::Translate)
}
fn encode_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    to_str(vm, args, Which::Encode)
}
fn decode_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    to_str(vm, args, Which::Decode)
}
fn translate_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    to_str(vm, args, Which::Translate)
}

pub fn register() {
    use crate::objects::register::*;
    use crate::objects::str::args::exception_type;
    methods(
        &exception_type("UnicodeEncodeError"),
        &[("__init__", encode_init), ("__str__", encode_str)],
    );
    methods(
        &exception_type("UnicodeDecodeError"),
        &[("__init__", decode_init), ("__str__", decode_str)],
    );
    methods(
        &exception_type("UnicodeTranslateError"),
        &[("__init__", translate_init), ("__str__", translate_str)],
    );
}
