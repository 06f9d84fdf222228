//! The per-codec functions (`utf_8_encode`, `utf_16_ex_decode`, `escape_decode`, ...): each returns
//! `(result, length consumed)` as the `encodings` modules expect.
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::{truthy, type_name_of};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::str::codec::codec_error;
use weft_vm::objects::{bytes, int, str as pystr, tuple};
use weft_vm::text::codecs::{self, ByteOrder, Codec, Decoded};

/// The `errors` argument: None means `strict`.
pub(super) fn errors_of(v: &Option<Value>, fname: &str) -> PyResult<String> {
    match v {
        None => Ok("strict".to_string()),
        Some(e) if e.is_none() => Ok("strict".to_string()),
        Some(e) => pystr::as_str(e).map(str::to_string).ok_or_else(|| {
            error::type_error(format!(
                "{fname}() argument 2 must be str or None, not {}",
                type_name_of(e)
            ))
        }),
    }
}

pub(super) fn text_arg(v: &Option<Value>, fname: &str) -> PyResult<(Value, Vec<u32>)> {
    let v = v.clone().unwrap_or(Value::NONE);
    match pystr::as_str_obj(&v) {
        Some(s) => {
            let cps = s.code_points().collect();
            Ok((v, cps))
        }
        None => Err(error::type_error(format!(
            "{fname}() argument 1 must be str, not {}",
            type_name_of(&v)
        ))),
    }
}

pub(super) fn data_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<Vec<u8>> {
    let v = v.clone().unwrap_or(Value::NONE);
    if let Some(b) = bytes::as_bytes(&v) {
        return Ok(b.to_vec());
    }
    weft_vm::interp::builtin_types::bytes_like(vm, &v).map_err(|_| {
        error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(&v)
        ))
    })
}

pub(super) fn pair(v: Value, n: usize) -> Value {
    tuple::new_tuple(vec![v, int::from_i64(n as i64)])
}

fn encode_with(vm: &mut Vm, args: &Args, fname: &str, codec: Codec) -> PyResult<Value> {
    let [s, errors] = args.bind(fname, ["str", "errors"], 1, 2)?;
    let (v, text) = text_arg(&s, fname)?;
    let errors = errors_of(&errors, fname)?;
    let out = codecs::encode_code_points(&text, codec, &errors)
        .map_err(|e| codec_error(vm, e, || v.clone()))?;
    Ok(pair(bytes::new_bytes(out), text.len()))
}

fn decoded_value(d: &Decoded) -> Value {
    pystr::new_code_points(&d.text.code_points())
}

/// `FNAME(data, errors=None[, final])`: `final_default` is None for the codecs without `final`.
fn decode_with(
    vm: &mut Vm,
    args: &Args,
    fname: &str,
    codec: Codec,
    final_default: Option<bool>,
) -> PyResult<Value> {
    let (data, errors, final_) = match final_default {
        Some(default) => {
            let [d, e, f] = args.bind(fname, ["data", "errors", "final"], 1, 3)?;
            let f = match f {
                Some(f) => truthy(vm, &f)?,
                None => default,
            };
            (d, e, f)
        }
        None => {
            let [d, e] = args.bind(fname, ["data", "errors"], 1, 2)?;
            (d, e, true)
        }
    };
    let bytes_v = data.clone().unwrap_or(Value::NONE);
    // The escape codecs read a str argument as its UTF-8, as CPython's `s*` converter does.
    let escapes = matches!(codec, Codec::UnicodeEscape | Codec::RawUnicodeEscape);
    let data = match pystr::as_str(&bytes_v).filter(|_| escapes) {
        Some(s) => s.as_bytes().to_vec(),
        None => data_arg(vm, &data)?,
    };
    let errors = errors_of(&errors, fname)?;
    let d = codecs::decode(&data, codec, &errors, final_)
        .map_err(|e| codec_error(vm, e, || bytes_v.clone()))?;
    if let Some(at) = d.first_invalid_escape {
        int::warn_deprecated(vm, &codecs::invalid_escape_warning(&data, at))?;
    }
    Ok(pair(decoded_value(&d), d.consumed))
}

fn order_arg(v: &Option<Value>) -> ByteOrder {
    match v.as_ref().and_then(int::to_i64) {
        Some(o) if o < 0 => ByteOrder::Little,
        Some(o) if o > 0 => ByteOrder::Big,
        _ => ByteOrder::Detect,
    }
}

fn order_value(o: ByteOrder) -> Value {
    int::from_i64(match o {
        ByteOrder::Detect => 0,
        ByteOrder::Little => -1,
        ByteOrder::Big => 1,
    })
}

/// `utf_16_encode(str, errors=None, byteorder=0)` (and `utf_32_`).
fn encode_ordered(vm: &mut Vm, args: &Args, fname: &str, wide: bool) -> PyResult<Value> {
    let [s, errors, order] = args.bind(fname, ["str", "errors", "byteorder"], 1, 3)?;
    let codec = match (order_arg(&order), wide) {
        (ByteOrder::Detect, false) => Codec::Utf16,
        (ByteOrder::Little, false) => Codec::Utf16Le,
        (ByteOrder::Big, false) => Codec::Utf16Be,
        (ByteOrder::Detect, true) => Codec::Utf32,
        (ByteOrder::Little, true) => Codec::Utf32Le,
        (ByteOrder::Big, true) => Codec::Utf32Be,
    };
    let (v, text) = text_arg(&s, fname)?;
    let errors = errors_of(&errors, fname)?;
    let out = codecs::encode_code_points(&text, codec, &errors)
        .map_err(|e| codec_error(vm, e, || v.clone()))?;
    Ok(pair(bytes::new_bytes(out), text.len()))
}

/// `utf_16_ex_decode(data, errors=None, byteorder=0, final=False)` → `(str, consumed, byteorder)`.
fn ex_decode(vm: &mut Vm, args: &Args, fname: &str, wide: bool) -> PyResult<Value> {
    let [d, e, o, f] = args.bind(fname, ["data", "errors", "byteorder", "final"], 1, 4)?;
    let bytes_v = d.clone().unwrap_or(Value::NONE);
    let data = data_arg(vm, &d)?;
    let errors = errors_of(&e, fname)?;
    let final_ = match f {
        Some(f) => truthy(vm, &f)?,
        None => false,
    };
    let order = order_arg(&o);
    let r = if wide {
        codecs::decode_utf32(&data, &errors, order, final_)
    } else {
        codecs::decode_utf16(&data, &errors, order, final_)
    };
    let d = r.map_err(|e| codec_error(vm, e, || bytes_v.clone()))?;
    Ok(tuple::new_tuple(vec![
        decoded_value(&d),
        int::from_i64(d.consumed as i64),
        order_value(d.byte_order),
    ]))
}

/// `escape_encode(bytes, errors=None)`: the bytes with `repr`'s escapes, quotes included.
fn escape_encode(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [d, _e] = args.bind("escape_encode", ["data", "errors"], 1, 2)?;
    let v = d.clone().unwrap_or(Value::NONE);
    let Some(data) = bytes::as_bytes(&v) else {
        return Err(error::type_error(format!(
            "escape_encode() argument 1 must be bytes, not {}",
            type_name_of(&v)
        )));
    };
    let mut out = Vec::with_capacity(data.len());
    for &c in data {
        match c {
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            0x20..=0x7e => out.push(c),
            _ => out.extend_from_slice(format!("\\x{c:02x}").as_bytes()),
        }
    }
    Ok(pair(bytes::new_bytes(out), data.len()))
}

/// `escape_decode(data, errors=None)`: bytes-literal escapes undone. A bad `\\x` escape is
/// an error, skipped or `?` (the only handlers this codec knows); the first unknown escape
/// gets a `DeprecationWarning`, as in a bytes literal.
fn escape_decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [d, e] = args.bind("escape_decode", ["data", "errors"], 1, 2)?;
    let v = d.clone().unwrap_or(Value::NONE);
    let data = match pystr::as_str(&v) {
        Some(s) => s.as_bytes().to_vec(),
        None => data_arg(vm, &d)?,
    };
    let errors = match &e {
        Some(e) if !e.is_none() => Some(errors_of(&Some(e.clone()), "escape_decode")?),
        _ => None,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut first_invalid = None;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = data.get(i) else {
            return Err(error::value_error("Trailing \\ in string"));
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut n = u32::from(e - b'0');
                for _ in 0..2 {
                    match data.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            n = n * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                if n > 0o377 {
                    first_invalid.get_or_insert(i - 3);
                }
                out.push(n as u8);
            }
            b'x' => {
                let hex = data.get(i..i + 2).and_then(|h| {
                    std::str::from_utf8(h)
                        .ok()
                        .and_then(|h| u8::from_str_radix(h, 16).ok())
                });
                if let Some(b) = hex {
                    out.push(b);
                    i += 2;
                    continue;
                }
                match errors.as_deref() {
                    None | Some("strict") => {
                        return Err(error::value_error(format!(
                            "invalid \\x escape at position {}",
                            i - 2
                        )))
                    }
                    Some("replace") => out.push(b'?'),
                    Some("ignore") => {}
                    Some(other) => {
                        return Err(error::value_error(format!(
                            "decoding error; unknown error handling code: {other}"
                        )))
                    }
                }
                if data.get(i).is_some_and(u8::is_ascii_hexdigit) {
                    i += 1;
                }
            }
            _ => {
                first_invalid.get_or_insert(i - 1);
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    if let Some(at) = first_invalid {
        int::warn_deprecated(vm, &codecs::invalid_escape_warning(&data, at))?;
    }
    Ok(pair(bytes::new_bytes(out), data.len()))
}

fn readbuffer_encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [d, _e] = args.bind("readbuffer_encode", ["data", "errors"], 1, 2)?;
    let v = d.clone().unwrap_or(Value::NONE);
    let data = match pystr::as_str(&v) {
        Some(s) => s.as_bytes().to_vec(),
        None => data_arg(vm, &d)?,
    };
    let n = data.len();
    Ok(pair(bytes::new_bytes(data), n))
}

macro_rules! codec_fns {
    ($($enc:ident, $dec:ident => $codec:expr, $final:expr;)*) => {
        $(
            fn $enc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
                encode_with(vm, args, stringify!($enc), $codec)
            }
            fn $dec(vm: &mut Vm, args: &Args) -> PyResult<Value> {
                decode_with(vm, args, stringify!($dec), $codec, $final)
            }
        )*
    };
}

codec_fns! {
    utf_8_encode, utf_8_decode => Codec::Utf8, Some(false);
    utf_16_le_encode, utf_16_le_decode => Codec::Utf16Le, Some(false);
    utf_16_be_encode, utf_16_be_decode => Codec::Utf16Be, Some(false);
    utf_32_le_encode, utf_32_le_decode => Codec::Utf32Le, Some(false);
    utf_32_be_encode, utf_32_be_decode => Codec::Utf32Be, Some(false);
    latin_1_encode, latin_1_decode => Codec::Latin1, None;
    ascii_encode, ascii_decode => Codec::Ascii, None;
    unicode_escape_encode, unicode_escape_decode => Codec::UnicodeEscape, Some(true);
    raw_unicode_escape_encode, raw_unicode_escape_decode => Codec::RawUnicodeEscape, Some(true);
}

fn utf_7_encode(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [s, errors] = args.bind("utf_7_encode", ["str", "errors"], 1, 2)?;
    let (_, text) = text_arg(&s, "utf_7_encode")?;
    errors_of(&errors, "utf_7_encode")?;
    Ok(pair(
        bytes::new_bytes(codecs::encode_utf7(&text)),
        text.len(),
    ))
}

fn utf_7_decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [d, e, f] = args.bind("utf_7_decode", ["data", "errors", "final"], 1, 3)?;
    let bytes_v = d.clone().unwrap_or(Value::NONE);
    let data = data_arg(vm, &d)?;
    let errors = errors_of(&e, "utf_7_decode")?;
    let final_ = match f {
        Some(f) => truthy(vm, &f)?,
        None => false,
    };
    let d = codecs::decode_utf7(&data, &errors, final_)
        .map_err(|e| codec_error(vm, e, || bytes_v.clone()))?;
    Ok(pair(decoded_value(&d), d.consumed))
}

fn utf_16_encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    encode_ordered(vm, args, "utf_16_encode", false)
}

fn utf_32_encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    encode_ordered(vm, args, "utf_32_encode", true)
}

fn utf_16_decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    decode_with(vm, args, "utf_16_decode", Codec::Utf16, Some(false))
}

fn utf_32_decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    decode_with(vm, args, "utf_32_decode", Codec::Utf32, Some(false))
}

fn utf_16_ex_decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ex_decode(vm, args, "utf_16_ex_decode", false)
}

fn utf_32_ex_decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ex_decode(vm, args, "utf_32_ex_decode", true)
}

pub(super) fn add(m: &ObjRef) {
    for (n, f) in [
        (
            "utf_8_encode",
            utf_8_encode as weft_vm::objects::builtin::NativeFn,
        ),
        ("utf_8_decode", utf_8_decode),
        ("utf_7_encode", utf_7_encode),
        ("utf_7_decode", utf_7_decode),
        ("utf_16_encode", utf_16_encode),
        ("utf_16_decode", utf_16_decode),
        ("utf_16_le_encode", utf_16_le_encode),
        ("utf_16_le_decode", utf_16_le_decode),
        ("utf_16_be_encode", utf_16_be_encode),
        ("utf_16_be_decode", utf_16_be_decode),
        ("utf_16_ex_decode", utf_16_ex_decode),
        ("utf_32_encode", utf_32_encode),
        ("utf_32_decode", utf_32_decode),
        ("utf_32_le_encode", utf_32_le_encode),
        ("utf_32_le_decode", utf_32_le_decode),
        ("utf_32_be_encode", utf_32_be_encode),
        ("utf_32_be_decode", utf_32_be_decode),
        ("utf_32_ex_decode", utf_32_ex_decode),
        ("latin_1_encode", latin_1_encode),
        ("latin_1_decode", latin_1_decode),
        ("ascii_encode", ascii_encode),
        ("ascii_decode", ascii_decode),
        ("unicode_escape_encode", unicode_escape_encode),
        ("unicode_escape_decode", unicode_escape_decode),
        ("raw_unicode_escape_encode", raw_unicode_escape_encode),
        ("raw_unicode_escape_decode", raw_unicode_escape_decode),
        ("escape_encode", escape_encode),
        ("escape_decode", escape_decode),
        ("readbuffer_encode", readbuffer_encode),
    ] {
        crate::add_function(m, n, f, None);
    }
}
