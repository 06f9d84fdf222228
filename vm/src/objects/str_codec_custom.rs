//! Error handlers registered from Python (`codecs.register_error`) for the vm's own codecs: the
//! codec runs strictly, and each failing stretch goes to the handler as a `UnicodeEncodeError` or
//! `UnicodeDecodeError`; its `(replacement, resume_position)` is spliced in, as CPython's
//! `unicode_encode_call_errorhandler` does.
use super::codec::codec_error;
use crate::heap::Value;
use crate::interp::error::{self, ErrState, PyErr, PyResult};
use crate::interp::{call, Vm};
use crate::objects::{bytes, int, str as pystr, tuple};
use crate::text::codecs::{self, Codec};
use crate::text::TextError;
use std::sync::OnceLock;

/// Finds a handler registered from Python (installed by the `_codecs` module).
static LOOKUP: OnceLock<fn(&str) -> Option<Value>> = OnceLock::new();

/// Installs the lookup of handlers registered with `codecs.register_error`.
pub fn set_error_handler_lookup(f: fn(&str) -> Option<Value>) {
    let _ = LOOKUP.set(f);
}

/// The Python handler registered as `name`, when a codec did not know the name.
pub fn registered(e: &TextError, name: &str) -> Option<Value> {
    match e {
        TextError::Lookup(m) if m.starts_with("unknown error handler name") => {
            LOOKUP.get().and_then(|f| f(name))
        }
        _ => None,
    }
}

/// UTF-16 and UTF-32 with a byte order mark, split into the mark and a codec of fixed order, so
/// that the pieces between failures do not each get (or look for) a mark.
fn settle(codec: Codec) -> (Codec, &'static [u8]) {
    match codec {
        Codec::Utf16 => (Codec::Utf16Le, b"\xff\xfe"),
        Codec::Utf32 => (Codec::Utf32Le, b"\xff\xfe\x00\x00"),
        c => (c, b""),
    }
}

/// What a Python handler substitutes: text (the codec encodes it in turn) or bytes.
pub enum Replacement {
    Text(Vec<u32>),
    Bytes(Vec<u8>),
}

/// Calls `handler(exc)` and checks its `(replacement, position)`; the position is resolved
/// against `len` (negative counts from the end).
pub fn call_handler(
    vm: &mut Vm,
    handler: &Value,
    exc: PyErr,
    len: usize,
    encoding: bool,
) -> PyResult<(Replacement, usize)> {
    let exc = match exc.state() {
        ErrState::Obj(o) | ErrState::Raised(o) => Value::obj(o.clone()),
        _ => return Err(exc),
    };
    let r = call::call_value(vm, handler, vec![exc])?;
    let bad = || {
        error::type_error(if encoding {
            "encoding error handler must return (str/bytes, int) tuple"
        } else {
            "decoding error handler must return (str, int) tuple"
        })
    };
    let Some([rep, pos]) = tuple::as_tuple(&r) else {
        return Err(bad());
    };
    let rep = if let Some(s) = pystr::as_str_obj(rep) {
        Replacement::Text(s.code_points().collect())
    } else if let Some(b) = bytes::as_bytes(rep).filter(|_| encoding) {
        Replacement::Bytes(b.to_vec())
    } else {
        return Err(bad());
    };
    let Some(p) = int::to_i64(pos) else {
        return Err(bad());
    };
    let at = if p < 0 { len as i64 + p } else { p };
    if at < 0 || at > len as i64 {
        return Err(error::index_error(format!(
            "position {p} from error handler out of bounds"
        )));
    }
    Ok((rep, at as usize))
}

/// Encodes `text` (the code points of str value `object`) with `handler` for the failures.
pub fn encode(
    vm: &mut Vm,
    object: &Value,
    text: &[u32],
    codec: Codec,
    handler: &Value,
) -> PyResult<Vec<u8>> {
    let (codec, mark) = settle(codec);
    let mut out = mark.to_vec();
    let strict = |vm: &mut Vm, piece: &[u32]| {
        codecs::encode_code_points(piece, codec, "strict")
            .map_err(|e| codec_error(vm, e, || object.clone()))
    };
    let mut pos = 0;
    loop {
        let (start, e) = match codecs::encode_code_points(&text[pos..], codec, "strict") {
            Ok(b) => {
                out.extend_from_slice(&b);
                return Ok(out);
            }
            Err(TextError::UnicodeEncode {
                encoding,
                start,
                end,
                reason,
                first,
            }) => (
                pos + start,
                TextError::UnicodeEncode {
                    encoding,
                    start: pos + start,
                    end: pos + end,
                    reason,
                    first,
                },
            ),
            Err(e) => return Err(codec_error(vm, e, || object.clone())),
        };
        out.extend_from_slice(&strict(vm, &text[pos..start])?);
        let exc = codec_error(vm, e, || object.clone());
        let (rep, next) = call_handler(vm, handler, exc, text.len(), true)?;
        match rep {
            Replacement::Bytes(b) => out.extend_from_slice(&b),
            Replacement::Text(t) => out.extend_from_slice(&strict(vm, &t)?),
        }
        pos = next;
    }
}

/// Decodes `data` with `handler` for the failures; the text as code points.
pub fn decode(vm: &mut Vm, data: &[u8], codec: Codec, handler: &Value) -> PyResult<Vec<u32>> {
    let (codec, mark) = settle(codec);
    let (codec, mut pos) = match codec {
        // Read a mark the data carries; without one, the native order.
        Codec::Utf16Le if data.starts_with(b"\xfe\xff") => (Codec::Utf16Be, 2),
        Codec::Utf32Le if data.starts_with(b"\x00\x00\xfe\xff") => (Codec::Utf32Be, 4),
        c if !mark.is_empty() && data.starts_with(mark) => (c, mark.len()),
        c => (c, 0),
    };
    let object = || bytes::new_bytes(data.to_vec());
    let mut out = Vec::new();
    loop {
        let (start, e) = match codecs::decode(&data[pos..], codec, "strict", true) {
            Ok(d) => {
                out.extend(d.text.code_points());
                return Ok(out);
            }
            Err(TextError::UnicodeDecode {
                encoding,
                start,
                end,
                reason,
                first,
            }) => (
                pos + start,
                TextError::UnicodeDecode {
                    encoding,
                    start: pos + start,
                    end: pos + end,
                    reason,
                    first,
                },
            ),
            Err(e) => return Err(codec_error(vm, e, object)),
        };
        match codecs::decode(&data[pos..start], codec, "strict", true) {
            Ok(d) => out.extend(d.text.code_points()),
            Err(e) => return Err(codec_error(vm, e, object)),
        }
        let exc = codec_error(vm, e, object);
        let (rep, next) = call_handler(vm, handler, exc, data.len(), false)?;
        if let Replacement::Text(t) = rep {
            out.extend(t);
        }
        pos = next;
    }
}
