//! `str.encode`, `bytes.decode` and the decoding forms of `str()`: CPython's fast paths for the
//! common codecs, the other codecs weft implements natively (reached, as in CPython, through
//! the codec registry, so their errors are wrapped), and the Python codec registry
//! (`codecs.lookup`) for everything else.
//!
//! Text to encode arrives in generalized UTF-8 ([`crate::text::gutf8`]) so that lone
//! surrogates reach the error handlers (`surrogatepass`, `surrogateescape`, ...) exactly; a
//! decode gives a str value, surrogates included.
pub use super::args::exception_type;
use super::args::is_buffer;
use crate::heap::Value;
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{attr, call, ops, Vm};
use crate::objects::{bytes, int, str as pystr, tuple};
use crate::text::codecs::{self, Codec, DecodedText, Operation};
use crate::text::TextError;

/// How a codec is reached: directly (CPython's fast paths), natively through the registry, or
/// through the Python registry.
enum Route {
    Fast(Codec),
    Registry(Codec),
    Python,
}

fn route(encoding: &str) -> PyResult<Route> {
    if let Some(c) = Codec::fast_path(encoding) {
        return Ok(Route::Fast(c));
    }
    match Codec::lookup(encoding) {
        Ok(c) => Ok(Route::Registry(c)),
        Err(TextError::Lookup(_)) => Ok(Route::Python),
        Err(e) => Err(e.into()),
    }
}

/// Builds `UnicodeEncodeError`/`UnicodeDecodeError` with its five attributes; other errors
/// become exceptions as usual.
pub fn codec_error(vm: &mut Vm, e: TextError, object: impl FnOnce() -> Value) -> PyErr {
    let (encoding, start, end, reason) = match &e {
        TextError::UnicodeEncode {
            encoding,
            start,
            end,
            reason,
            ..
        }
        | TextError::UnicodeDecode {
            encoding,
            start,
            end,
            reason,
            ..
        } => (encoding.clone(), *start, *end, reason.clone()),
        _ => return e.into(),
    };
    let cls = Value::obj(exception_type(e.class_name()));
    let args = vec![
        pystr::new_string(encoding),
        object(),
        int::from_i64(start as i64),
        int::from_i64(end as i64),
        pystr::new_string(reason),
    ];
    match call::call_value(vm, &cls, args) {
        Ok(exc) => match exc.as_obj() {
            Some(o) => PyErr::from_obj(o.clone()),
            None => e.into(),
        },
        Err(err) => err,
    }
}

/// `text.encode(encoding, errors)` (both default to `utf-8`/`strict`), `text` in generalized
/// UTF-8. `object` is the str value, for the exception.
pub fn encode(
    vm: &mut Vm,
    object: &Value,
    text: &[u8],
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    check_names(vm, encoding, errors)?;
    let name = encoding.unwrap_or("utf-8");
    let handler = errors.unwrap_or("strict");
    let (codec, wrap) = match route(name)? {
        Route::Fast(c) => (c, false),
        Route::Registry(c) => (c, true),
        Route::Python => return python_encode(vm, object, name, errors),
    };
    let r = match std::str::from_utf8(text) {
        Ok(t) => codecs::encode(t, codec, handler),
        Err(_) => {
            let cps: Vec<u32> = crate::text::gutf8::code_points(text).collect();
            codecs::encode_code_points(&cps, codec, handler)
        }
    };
    if let Some(h) = r
        .as_ref()
        .err()
        .and_then(|e| super::codec_custom::registered(e, handler))
    {
        let cps: Vec<u32> = crate::text::gutf8::code_points(text).collect();
        return super::codec_custom::encode(vm, object, &cps, codec, &h);
    }
    r.map_err(|e| {
        let e = if wrap {
            codecs::wrap_registry_error(e, Operation::Encoding, name)
        } else {
            e
        };
        codec_error(vm, e, || object.clone())
    })
}

/// `data.decode(encoding, errors)`: a str value.
pub fn decode(
    vm: &mut Vm,
    data: &[u8],
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Value> {
    check_names(vm, encoding, errors)?;
    let name = encoding.unwrap_or("utf-8");
    let handler = errors.unwrap_or("strict");
    let (codec, wrap) = match route(name)? {
        Route::Fast(c) => (c, false),
        Route::Registry(c) => (c, true),
        Route::Python => return python_decode(vm, data, name, errors),
    };
    match codecs::decode(data, codec, handler, true) {
        Ok(d) => {
            if let Some(at) = d.first_invalid_escape {
                int::warn_deprecated(vm, &codecs::invalid_escape_warning(data, at))?;
            }
            Ok(match d.text {
                DecodedText::Str(s) => pystr::new_string(s),
                DecodedText::CodePoints(cps) => pystr::new_code_points(&cps),
            })
        }
        Err(e) => {
            if let Some(h) = super::codec_custom::registered(&e, handler) {
                let cps = super::codec_custom::decode(vm, data, codec, &h)?;
                return Ok(pystr::new_code_points(&cps));
            }
            let e = if wrap {
                codecs::wrap_registry_error(e, Operation::Decoding, name)
            } else {
                e
            };
            Err(codec_error(vm, e, || bytes::new_bytes(data.to_vec())))
        }
    }
}

/// CPython's `unicode_check_encoding_errors`: in development mode (`-X dev`) an unknown
/// encoding or error handler is reported even when nothing needs it (empty text, no error).
fn check_names(vm: &mut Vm, encoding: Option<&str>, errors: Option<&str>) -> PyResult<()> {
    if !vm.flags.dev_mode {
        return Ok(());
    }
    if let Some(name) = encoding.filter(|n| Codec::lookup(n).is_err()) {
        let module = crate::interp::import::import_abs(vm, "codecs")?;
        let lookup = attr::getattr(vm, &module, "lookup")?;
        call::call_value(vm, &lookup, vec![pystr::new_str(name)])?;
    }
    if let Some(Err(e)) = errors.map(codecs::lookup_error) {
        if super::codec_custom::registered(&e, errors.unwrap_or_default()).is_none() {
            return Err(e.into());
        }
    }
    Ok(())
}

/// `codecs.lookup(name)` through the Python registry, checked to be a text encoding.
fn python_codec(vm: &mut Vm, name: &str, operation: Operation) -> PyResult<Value> {
    let not_text = || {
        let verb = match operation {
            Operation::Encoding => "encode",
            Operation::Decoding => "decode",
        };
        error::lookup_error(format!(
            "'{name}' is not a text encoding; use codecs.{verb}() to handle arbitrary codecs"
        ))
    };
    let module = crate::interp::import::import_abs(vm, "codecs").map_err(|_| {
        if codecs::is_non_text_encoding(name) {
            not_text()
        } else {
            error::lookup_error(format!("unknown encoding: {name}"))
        }
    })?;
    let lookup = attr::getattr(vm, &module, "lookup")?;
    let info = call::call_value(vm, &lookup, vec![pystr::new_str(name)])?;
    if let Some(flag) = attr::getattr_opt(vm, &info, "_is_text_encoding")? {
        if !ops::truthy(vm, &flag)? {
            return Err(not_text());
        }
    }
    Ok(info)
}

/// Calls the registry's encoder or decoder and takes the first item of its `(object, length)`.
fn python_call(
    vm: &mut Vm,
    name: &str,
    operation: Operation,
    object: Value,
    errors: Option<&str>,
) -> PyResult<Value> {
    let info = python_codec(vm, name, operation)?;
    // The registry gives a 4-tuple (usually a `CodecInfo`): encoder first, then decoder.
    let index = match operation {
        Operation::Encoding => 0,
        Operation::Decoding => 1,
    };
    let f = tuple::as_tuple(&info)
        .and_then(|t| t.get(index).cloned())
        .unwrap_or(Value::NONE);
    let mut args = vec![object];
    if let Some(e) = errors {
        args.push(pystr::new_str(e));
    }
    let r = call::call_value(vm, &f, args)
        .map_err(|e| super::codec_wrap::wrap_codec_error(vm, e, operation, name))?;
    match tuple::as_tuple(&r) {
        Some([v, _]) => Ok(v.clone()),
        // CPython's two messages differ by a space.
        _ => Err(error::type_error(match operation {
            Operation::Encoding => "encoder must return a tuple (object, integer)",
            Operation::Decoding => "decoder must return a tuple (object,integer)",
        })),
    }
}

fn python_encode(
    vm: &mut Vm,
    object: &Value,
    name: &str,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    let v = python_call(vm, name, Operation::Encoding, object.clone(), errors)?;
    if let Some(b) = bytes::as_bytes(&v) {
        return Ok(b.to_vec());
    }
    if is_buffer(&v) {
        // CPython accepts a bytearray from an encoder (with a warning) and copies it.
        return crate::interp::builtin_types::bytes_like(vm, &v);
    }
    Err(error::type_error(format!(
        "'{name}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
        type_name_of(&v)
    )))
}

fn python_decode(vm: &mut Vm, data: &[u8], name: &str, errors: Option<&str>) -> PyResult<Value> {
    let object = bytes::new_bytes(data.to_vec());
    let v = python_call(vm, name, Operation::Decoding, object, errors)?;
    match pystr::as_bytes(&v) {
        Some(s) => Ok(pystr::new_gutf8_slice(s)),
        None => Err(error::type_error(format!(
            "'{name}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
            type_name_of(&v)
        ))),
    }
}
