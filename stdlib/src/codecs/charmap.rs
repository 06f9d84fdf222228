//! `charmap_decode`, `charmap_encode` and `charmap_build`: the table-driven codecs of the
//! `encodings` package (`cp437`, `koi8_r`, ...). A decoding table is a str indexed by byte or a
//! mapping; an encoding table is the dict `charmap_build` makes, or any mapping.
use super::functions::{data_arg, errors_of, pair, text_arg};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::str::codec::codec_error;
use weft_vm::objects::str::codec_custom::{self, Replacement};
use weft_vm::objects::{bytes, dict, int, str as pystr};
use weft_vm::text::codecs::external::{self, EncodeReplacement};
use weft_vm::text::TextError;

/// What a mapping gives for one key: `None` when the key is undefined.
fn map_get(vm: &mut Vm, mapping: &Value, key: u32) -> PyResult<Option<Value>> {
    if let Some(table) = pystr::as_str_obj(mapping) {
        return Ok(table
            .code_point_at(key as usize)
            .filter(|c| *c != 0xFFFE)
            .map(pystr::char_value));
    }
    match protocols::mapping_get(vm, mapping, &int::from_i64(key as i64)) {
        Ok(Some(v)) if !v.is_none() => Ok(Some(v)),
        Ok(_) => Ok(None),
        Err(e)
            if weft_vm::objects::typeobj::is_subtype(
                &e.ty(),
                &weft_vm::objects::types().lookup_error,
            ) =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn charmap_decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [d, e, m] = args.bind("charmap_decode", ["data", "errors", "mapping"], 1, 3)?;
    let bytes_v = d.clone().unwrap_or(Value::NONE);
    let data = data_arg(vm, &d)?;
    let errors = errors_of(&e, "charmap_decode")?;
    let mapping = m.unwrap_or(Value::NONE);
    if mapping.is_none() {
        let t = weft_vm::text::codecs::decode(
            &data,
            weft_vm::text::codecs::Codec::Latin1,
            &errors,
            true,
        )
        .map_err(|e| codec_error(vm, e, || bytes_v.clone()))?;
        return Ok(pair(
            pystr::new_code_points(&t.text.code_points()),
            data.len(),
        ));
    }
    let mut out: Vec<u32> = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        match map_get(vm, &mapping, u32::from(b))? {
            Some(v) => {
                if let Some(s) = pystr::as_str_obj(&v) {
                    let mut cps = s.code_points();
                    match (cps.next(), cps.next()) {
                        (Some(0xFFFE), None) => {
                            i = decode_failure(vm, &errors, &data, &bytes_v, i, &mut out)?;
                            continue;
                        }
                        _ => out.extend(s.code_points()),
                    }
                } else if let Some(n) = int::to_i64(&v) {
                    if !(0..=0x10FFFF).contains(&n) {
                        return Err(error::type_error(
                            "character mapping must be in range(0x110000)",
                        ));
                    }
                    if n == 0xFFFE {
                        i = decode_failure(vm, &errors, &data, &bytes_v, i, &mut out)?;
                        continue;
                    }
                    out.push(n as u32);
                } else {
                    return Err(error::type_error(
                        "character mapping must return integer, None or str",
                    ));
                }
                i += 1;
            }
            None => i = decode_failure(vm, &errors, &data, &bytes_v, i, &mut out)?,
        }
    }
    Ok(pair(pystr::new_code_points(&out), data.len()))
}

const UNDEFINED: &str = "character maps to <undefined>";

/// Hands the undefined byte at `at` to the error handler: appends its replacement and returns
/// where decoding resumes.
fn decode_failure(
    vm: &mut Vm,
    errors: &str,
    data: &[u8],
    object: &Value,
    at: usize,
    out: &mut Vec<u32>,
) -> PyResult<usize> {
    let e = match external::handle_decode(errors, "charmap", data, at, at + 1, UNDEFINED) {
        Ok((rep, next)) => {
            out.extend(rep);
            return Ok(next);
        }
        Err(e) => e,
    };
    let Some(h) = codec_custom::registered(&e, errors) else {
        return Err(codec_error(vm, e, || object.clone()));
    };
    let failure = TextError::UnicodeDecode {
        encoding: "charmap".into(),
        start: at,
        end: at + 1,
        reason: UNDEFINED.into(),
        first: data[at],
    };
    let exc = codec_error(vm, failure, || object.clone());
    let (rep, next) = codec_custom::call_handler(vm, &h, exc, data.len(), false)?;
    if let Replacement::Text(t) = rep {
        out.extend(t);
    }
    Ok(next)
}

/// Encodes one character through the mapping; false when it is undefined.
fn encode_one(vm: &mut Vm, mapping: &Value, c: u32, out: &mut Vec<u8>) -> PyResult<bool> {
    match map_get(vm, mapping, c)? {
        None => Ok(false),
        Some(v) => {
            if let Some(n) = int::to_i64(&v) {
                if !(0..256).contains(&n) {
                    return Err(error::type_error("character mapping must be in range(256)"));
                }
                out.push(n as u8);
            } else if let Some(b) = bytes::as_bytes(&v) {
                out.extend_from_slice(b);
            } else {
                return Err(error::type_error(
                    "character mapping must return integer, bytes or None, not str",
                ));
            }
            Ok(true)
        }
    }
}

fn charmap_encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [s, e, m] = args.bind("charmap_encode", ["str", "errors", "mapping"], 1, 3)?;
    let (v, text) = text_arg(&s, "charmap_encode")?;
    let errors = errors_of(&e, "charmap_encode")?;
    let mapping = m.unwrap_or(Value::NONE);
    if mapping.is_none() {
        let out = weft_vm::text::codecs::encode_code_points(
            &text,
            weft_vm::text::codecs::Codec::Latin1,
            &errors,
        )
        .map_err(|e| codec_error(vm, e, || v.clone()))?;
        return Ok(pair(bytes::new_bytes(out), text.len()));
    }
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if encode_one(vm, &mapping, text[i], &mut out)? {
            i += 1;
            continue;
        }
        // The failed stretch runs to the next character the mapping knows, as in CPython.
        let mut end = i + 1;
        let mut scratch = Vec::new();
        while end < text.len() && !encode_one(vm, &mapping, text[end], &mut scratch)? {
            end += 1;
        }
        let failure = |first: usize| TextError::UnicodeEncode {
            encoding: "charmap".into(),
            start: first,
            end,
            reason: UNDEFINED.into(),
            first: text[first],
        };
        let (rep, next) =
            match external::handle_encode(&errors, "charmap", &text, i, end, UNDEFINED) {
                Ok(EncodeReplacement::Text(t)) => (Replacement::Text(t), end),
                Ok(EncodeReplacement::Bytes(b)) => (Replacement::Bytes(b), end),
                Err(e) => match codec_custom::registered(&e, &errors) {
                    Some(h) => {
                        let exc = codec_error(vm, failure(i), || v.clone());
                        codec_custom::call_handler(vm, &h, exc, text.len(), true)?
                    }
                    None => return Err(codec_error(vm, e, || v.clone())),
                },
            };
        match rep {
            Replacement::Bytes(b) => out.extend_from_slice(&b),
            Replacement::Text(t) => {
                for c in t {
                    if !encode_one(vm, &mapping, c, &mut out)? {
                        return Err(codec_error(vm, failure(i), || v.clone()));
                    }
                }
            }
        }
        i = next;
    }
    Ok(pair(bytes::new_bytes(out), text.len()))
}

/// `charmap_build(decoding_table)`: the inverse mapping, code point to byte.
fn charmap_build(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("charmap_build", 1)?;
    let Some(table) = pystr::as_str_obj(&a[0]) else {
        return Err(error::type_error(format!(
            "charmap_build() argument must be str, not {}",
            weft_vm::interp::ops::type_name_of(&a[0])
        )));
    };
    let d = Value::obj(dict::new_dict());
    let Some(dd) = dict::as_dict(&d) else {
        return Err(error::system_error("dict expected"));
    };
    for (i, c) in table.code_points().enumerate() {
        if c != 0xFFFE {
            dd.set(vm, int::from_i64(c as i64), int::from_i64(i as i64))?;
        }
    }
    Ok(d.clone())
}

pub(super) fn add(m: &ObjRef) {
    crate::add_function(m, "charmap_decode", charmap_decode, None);
    crate::add_function(m, "charmap_encode", charmap_encode, None);
    crate::add_function(m, "charmap_build", charmap_build, None);
}
