//! The `_json` module: the accelerators `json` uses when present — `scanstring`, the scanner
//! (`make_scanner`), the one-shot encoder (`make_encoder`) and the two string escapers. Each
//! gives exactly what CPython's C versions give, messages and positions included.
mod encoder;
mod escape;
mod scanner;
mod scanstring;
mod text;

use crate::support::native_type;
use std::sync::OnceLock;
use text::{decode_error, Doc};
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::{truthy, type_name_of};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::ssize_arg;
use weft_vm::objects::register::{methods, readonly_members, statics};
use weft_vm::objects::{int, str as pystr, tuple};

struct Types {
    scanner: ObjRef,
    encoder: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn types() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let scanner = native_type("_json.Scanner", true);
            statics(&scanner, &[("__new__", scanner::new)]);
            methods(&scanner, &[("__call__", scanner::call)]);
            readonly_members(&scanner, scanner::MEMBERS);
            crate::support::set_doc(&scanner, "JSON scanner object");
            let encoder = native_type("_json.Encoder", true);
            statics(&encoder, &[("__new__", encoder::new)]);
            methods(&encoder, &[("__call__", encoder::call)]);
            readonly_members(&encoder, encoder::MEMBERS);
            crate::support::set_doc(
                &encoder,
                "_iterencode(obj, _current_indent_level) -> iterable",
            );
            GilShared(Types { scanner, encoder })
        })
        .0
}

/// The str argument of the escapers and `scanstring`.
fn str_arg(v: &Value) -> PyResult<&pystr::Str> {
    pystr::as_str_obj(v).ok_or_else(|| {
        error::type_error(format!(
            "first argument must be a string, not {}",
            type_name_of(v)
        ))
    })
}

fn encode_basestring_ascii(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("encode_basestring_ascii", 1)?;
    let s = str_arg(&a[0])?;
    let mut out = Vec::new();
    escape::push_json_ascii(&mut out, s.as_bytes());
    Ok(pystr::new_gutf8(out))
}

fn encode_basestring(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("encode_basestring", 1)?;
    let s = str_arg(&a[0])?;
    let mut out = Vec::new();
    escape::push_json_str(&mut out, s.as_bytes());
    Ok(pystr::new_gutf8(out))
}

/// `scanstring(string, end, strict=True)`: `(text, end)` of the JSON string whose opening quote is
/// at `end - 1`.
fn scanstring(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("scanstring")?;
    let a = args.positional();
    if !(2..=3).contains(&a.len()) {
        return Err(error::type_error(format!(
            "scanstring() takes at {} {} arguments ({} given)",
            if a.len() < 2 { "least" } else { "most" },
            if a.len() < 2 { 2 } else { 3 },
            a.len()
        )));
    }
    let end = ssize_arg(vm, &a[1])?;
    let strict = match a.get(2) {
        Some(v) => truthy(vm, v)?,
        None => true,
    };
    let s = str_arg(&a[0])?;
    if end < 0 || end as usize > s.char_len() {
        return Err(error::value_error("end is out of bounds"));
    }
    let end = end as usize;
    let doc = Doc::new(&a[0], s);
    let start = doc.byte_of(s, end);
    match scanstring::scan(doc.bytes, start, strict) {
        Ok((text, next)) => Ok(tuple::new_tuple(vec![
            pystr::new_gutf8_slice(&text),
            int::from_i64(doc.char_of(next, start, end) as i64),
        ])),
        Err(m) => {
            // "Unterminated string" points at the quote before `end`, which may be index -1.
            let pos = if m.at < start {
                end as i64 - 1
            } else {
                doc.char_of(m.at, start, end) as i64
            };
            Err(decode_error(vm, m.msg, doc.value, pos))
        }
    }
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let t = types();
    let m = crate::support::module_with_docs(
        "_json",
        &[
            ("encode_basestring_ascii", encode_basestring_ascii, "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string"),
            ("encode_basestring", encode_basestring, "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"),
            ("scanstring", scanstring, "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded string and the index of the character in s\nafter the end quote."),
        ],
    );
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    d.set_rs("make_scanner", Value::obj(t.scanner.clone()));
    d.set_rs("make_encoder", Value::obj(t.encoder.clone()));
    d.set_rs("__doc__", pystr::new_str("json speedups\n"));
    Ok(m)
}
