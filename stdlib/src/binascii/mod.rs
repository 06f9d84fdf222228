//! The `binascii` module: conversions between binary data and ASCII encodings (hex, base64,
//! uuencode, quoted-printable) and the CRC-32 / CRC-CCITT checksums. The `base64`, `quopri` and
//! `uu` modules are written on top of it.
mod base64;
mod crc;
mod hex;
mod qp;
mod uu;

use crate::buffer::Buf;
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{bytes, str as pystr, types};

struct Errors {
    error: ObjRef,
    incomplete: ObjRef,
}

static ERRORS: OnceLock<GilShared<Errors>> = OnceLock::new();

fn errors() -> &'static Errors {
    &ERRORS
        .get_or_init(|| {
            let t = types();
            GilShared(Errors {
                error: weft_vm::interp::exc::new_exception_class(
                    "binascii",
                    "Error",
                    &t.value_error,
                ),
                incomplete: weft_vm::interp::exc::new_exception_class(
                    "binascii",
                    "Incomplete",
                    &t.exception,
                ),
            })
        })
        .0
}

/// A `binascii.Error` with `msg`.
fn binascii_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&errors().error, msg)
}

/// The input of the `a2b_*` functions: a bytes-like object or an ASCII-only str.
fn ascii_data(v: &Value) -> PyResult<Buf<'_>> {
    if let Some(s) = pystr::as_str(v) {
        if !s.is_ascii() {
            return Err(error::value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(Buf::Slice(s.as_bytes()));
    }
    crate::buffer::get(v).unwrap_or_else(|| {
        Err(error::type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            ops::type_name_of(v)
        )))
    })
}

/// Argument Clinic's `bool(accept={int})`: an int (through `__index__`), true when non-zero.
fn int_flag(vm: &mut Vm, v: Option<&Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => Ok(crate::convert::c_int(vm, v)? != 0),
        None => Ok(default),
    }
}

/// `f(data, /, *, flag=default)`: the data and the keyword-only flag.
fn data_and_flag<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    fname: &str,
    flag: &str,
    default: bool,
) -> PyResult<(Value, bool)> {
    let n = args.positional().len();
    if n > 1 {
        return Err(error::type_error(format!(
            "{fname}() takes exactly 1 positional argument ({n} given)"
        )));
    }
    let [data, f] = args.bind(fname, ["data", flag], 1, 1)?;
    let data = data.unwrap_or(Value::NONE);
    Ok((data, int_flag(vm, f.as_ref(), default)?))
}

fn b2a_uu(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (data, backtick) = data_and_flag(vm, args, "b2a_uu", "backtick", false)?;
    let out = uu::encode(&crate::buffer::bytes_like(&data)?, backtick)?;
    Ok(bytes::new_bytes(out))
}

fn a2b_uu(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("binascii.a2b_uu", 1)?;
    Ok(bytes::new_bytes(uu::decode(&ascii_data(&a[0])?)?))
}

fn b2a_base64(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (data, newline) = data_and_flag(vm, args, "b2a_base64", "newline", true)?;
    let out = base64::encode(&crate::buffer::bytes_like(&data)?, newline);
    Ok(bytes::new_bytes(out))
}

fn a2b_base64(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (data, strict) = data_and_flag(vm, args, "a2b_base64", "strict_mode", false)?;
    let out = base64::decode(&ascii_data(&data)?, strict)?;
    Ok(bytes::new_bytes(out))
}

fn b2a_qp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [data, quotetabs, istext, header] =
        args.bind("b2a_qp", ["data", "quotetabs", "istext", "header"], 1, 0)?;
    let data = data.unwrap_or(Value::NONE);
    let quotetabs = int_flag(vm, quotetabs.as_ref(), false)?;
    let istext = int_flag(vm, istext.as_ref(), true)?;
    let header = int_flag(vm, header.as_ref(), false)?;
    let out = qp::encode(
        &crate::buffer::bytes_like(&data)?,
        quotetabs,
        istext,
        header,
    );
    Ok(bytes::new_bytes(out))
}

fn a2b_qp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [data, header] = args.bind("a2b_qp", ["data", "header"], 1, 0)?;
    let data = data.unwrap_or(Value::NONE);
    let header = int_flag(vm, header.as_ref(), false)?;
    let out = qp::decode(&ascii_data(&data)?, header);
    Ok(bytes::new_bytes(out))
}

fn b2a_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    hex::hexlify(vm, args, "b2a_hex")
}

fn hexlify(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    hex::hexlify(vm, args, "hexlify")
}

fn a2b_hex(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("binascii.a2b_hex", 1)?;
    Ok(bytes::new_bytes(hex::unhexlify(&ascii_data(&a[0])?)?))
}

fn unhexlify(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("binascii.unhexlify", 1)?;
    Ok(bytes::new_bytes(hex::unhexlify(&ascii_data(&a[0])?)?))
}

/// Builds the `binascii` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::support::module_with_docs(
        "binascii",
        &[
            ("a2b_uu", a2b_uu, "Decode a line of uuencoded data."),
            ("b2a_uu", b2a_uu, "Uuencode line of data."),
            ("a2b_base64", a2b_base64, "Decode a line of base64 data.\n\n  strict_mode\n    When set to True, bytes that are not part of the base64 standard are not allowed.\n    The same applies to excess data after padding (= / ==)."),
            ("b2a_base64", b2a_base64, "Base64-code line of data."),
            ("a2b_qp", a2b_qp, "Decode a string of qp-encoded data."),
            ("b2a_qp", b2a_qp, "Encode a string using quoted-printable encoding.\n\nOn encoding, when istext is set, newlines are not encoded, and white\nspace at end of lines is.  When istext is not set, \\r and \\n (CR/LF)\nare both encoded.  When quotetabs is set, space and tabs are encoded."),
            ("a2b_hex", a2b_hex, "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).\nThis function is also available as \"unhexlify()\"."),
            ("b2a_hex", b2a_hex, "Hexadecimal representation of binary data."),
            ("hexlify", hexlify, "Hexadecimal representation of binary data."),
            ("unhexlify", unhexlify, "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case)."),
            ("crc32", crc::crc32, "Compute CRC-32 incrementally."),
            ("crc_hqx", crc::crc_hqx, "Compute CRC-CCITT incrementally."),
        ],
    );
    let d = weft_vm::objects::module::module_dict(&m)
        .ok_or_else(|| error::system_error("module without a dict"))?;
    let e = errors();
    d.set_rs("Error", Value::obj(e.error.clone()));
    d.set_rs("Incomplete", Value::obj(e.incomplete.clone()));
    d.set_rs(
        "__doc__",
        pystr::new_str("Conversion between binary data and ASCII"),
    );
    Ok(m)
}
