//! The codec side of `TextIOWrapper`: an incremental decoder and encoder that use the vm's codecs
//! directly when it has the encoding, and the `codecs` registry's incremental classes otherwise.
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{attr, call, import, Vm};
use weft_vm::objects::str::codec as str_codec;
use weft_vm::objects::str::codec_custom as custom;
use weft_vm::objects::{bytes, str as pystr};
use weft_vm::text::codecs::{self, ByteOrder, Codec, DecodedText};
use weft_vm::text::gutf8;

#[derive(Clone)]
pub(crate) enum Coder {
    Native(Codec),
    /// An incremental decoder or encoder object from the registry.
    Python(Value),
}

/// The codec after a byte order mark fixed the order (or after the first write put one).
fn settled(c: Codec, order: ByteOrder) -> Codec {
    match (c, order) {
        (Codec::Utf16, ByteOrder::Big) => Codec::Utf16Be,
        (Codec::Utf16, _) => Codec::Utf16Le,
        (Codec::Utf32, ByteOrder::Big) => Codec::Utf32Be,
        (Codec::Utf32, _) => Codec::Utf32Le,
        (c, _) => c,
    }
}

/// `codecs.lookup(encoding)`, which raises `LookupError` for an unknown name.
pub(crate) fn check_encoding(vm: &mut Vm, encoding: &str) -> PyResult<()> {
    if Codec::lookup(encoding).is_ok() {
        return Ok(());
    }
    let m = import::import_abs(vm, "codecs")?;
    let f = attr::getattr(vm, &m, "lookup")?;
    let info = call::call_value(vm, &f, vec![pystr::new_str(encoding)])?;
    if let Some(flag) = attr::getattr_opt(vm, &info, "_is_text_encoding")? {
        if !weft_vm::interp::ops::truthy(vm, &flag)? {
            return Err(error::lookup_error(format!(
                "'{encoding}' is not a text encoding; use codecs.open() to handle arbitrary codecs"
            )));
        }
    }
    Ok(())
}

fn registry_coder(vm: &mut Vm, getter: &str, encoding: &str, errors: &str) -> PyResult<Coder> {
    let m = import::import_abs(vm, "codecs")?;
    let f = attr::getattr(vm, &m, getter)?;
    let cls = call::call_value(vm, &f, vec![pystr::new_str(encoding)])?;
    let obj = call::call_value(vm, &cls, vec![pystr::new_str(errors)])?;
    Ok(Coder::Python(obj))
}

impl Coder {
    pub(crate) fn decoder(vm: &mut Vm, encoding: &str, errors: &str) -> PyResult<Coder> {
        match Codec::lookup(encoding) {
            Ok(c) => Ok(Coder::Native(c)),
            Err(_) => registry_coder(vm, "getincrementaldecoder", encoding, errors),
        }
    }

    pub(crate) fn encoder(vm: &mut Vm, encoding: &str, errors: &str) -> PyResult<Coder> {
        match Codec::lookup(encoding) {
            Ok(c) => Ok(Coder::Native(c)),
            Err(_) => registry_coder(vm, "getincrementalencoder", encoding, errors),
        }
    }

    /// Decodes `data` (keeping an incomplete sequence at its end unless `final_`): the text and the
    /// number of bytes used.
    pub(crate) fn decode(
        &mut self,
        vm: &mut Vm,
        data: &[u8],
        errors: &str,
        final_: bool,
    ) -> PyResult<(Vec<u8>, usize)> {
        match self {
            Coder::Native(c) => match codecs::decode(data, *c, errors, final_) {
                Ok(d) => {
                    if matches!(c, Codec::Utf16 | Codec::Utf32) && d.consumed > 0 {
                        *c = settled(*c, d.byte_order);
                    }
                    let text = match d.text {
                        DecodedText::Str(s) => s.into_bytes(),
                        DecodedText::CodePoints(cps) => gutf8::from_code_points(&cps),
                    };
                    Ok((text, d.consumed))
                }
                Err(e) => match custom::registered(&e, errors).filter(|_| final_) {
                    // A handler registered from Python (at the end, where nothing is held back).
                    Some(h) => {
                        let cps = custom::decode(vm, data, *c, &h)?;
                        Ok((gutf8::from_code_points(&cps), data.len()))
                    }
                    None => Err(str_codec::codec_error(vm, e, || {
                        bytes::new_bytes(data.to_vec())
                    })),
                },
            },
            Coder::Python(d) => {
                let f = attr::getattr(vm, d, "decode")?;
                let r = call::call_value(
                    vm,
                    &f,
                    vec![bytes::new_bytes(data.to_vec()), Value::bool(final_)],
                )?;
                match pystr::as_bytes(&r) {
                    Some(t) => Ok((t.to_vec(), data.len())),
                    None => Err(error::type_error(format!(
                        "decoder should return a string result, not '{}'",
                        type_name_of(&r)
                    ))),
                }
            }
        }
    }

    /// Encodes str value `v` (whose code points are `text`).
    pub(crate) fn encode(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        text: &[u32],
        errors: &str,
    ) -> PyResult<Vec<u8>> {
        match self {
            Coder::Native(c) => {
                let r = match (pystr::as_str_obj(v).and_then(|s| s.exact_str()), *c) {
                    (Some(s), Codec::Utf8) if s.chars().count() == text.len() => {
                        Ok(s.as_bytes().to_vec())
                    }
                    _ => codecs::encode_code_points(text, *c, errors),
                };
                let out = match r {
                    Err(e) => match custom::registered(&e, errors) {
                        // A handler registered from Python.
                        Some(h) => custom::encode(vm, v, text, *c, &h)?,
                        None => return Err(str_codec::codec_error(vm, e, || v.clone())),
                    },
                    Ok(out) => out,
                };
                *c = settled(*c, ByteOrder::Little);
                Ok(out)
            }
            Coder::Python(e) => {
                let f = attr::getattr(vm, e, "encode")?;
                let r = call::call_value(vm, &f, vec![v.clone()])?;
                match bytes::as_bytes(&r) {
                    Some(b) => Ok(b.to_vec()),
                    None => Err(error::type_error(format!(
                        "encoder should return a bytes object, not '{}'",
                        type_name_of(&r)
                    ))),
                }
            }
        }
    }

    /// Past the start of a stream: no byte order mark to write or read.
    pub(crate) fn skip_bom(&mut self) {
        if let Coder::Native(c) = self {
            *c = settled(*c, ByteOrder::Little);
        }
    }

    /// Whether this is the vm's UTF-8 codec (the fast path of `print`).
    pub(crate) fn is_utf8(&self) -> bool {
        matches!(self, Coder::Native(Codec::Utf8))
    }

    /// Back to the initial state (after a seek to the start).
    pub(crate) fn reset(&mut self, vm: &mut Vm, encoding: &str) -> PyResult<()> {
        match self {
            Coder::Native(c) => {
                if let Ok(orig) = Codec::lookup(encoding) {
                    *c = orig;
                }
                Ok(())
            }
            Coder::Python(d) => {
                let f = attr::getattr(vm, d, "reset")?;
                call::call_value(vm, &f, Vec::new()).map(|_| ())
            }
        }
    }

    /// The number of bytes `text` (generalized UTF-8) takes, for `tell()`: exact for the native
    /// codecs; for the registry's, what an encoder past its start (no byte order mark or
    /// signature to write) makes of it, or one byte a character when that fails.
    pub(crate) fn encoded_len(
        &self,
        vm: &mut Vm,
        text: &[u8],
        encoding: &str,
        errors: &str,
    ) -> usize {
        match self {
            Coder::Native(Codec::Utf8) if !gutf8::has_surrogate(text) => text.len(),
            Coder::Native(c) => {
                let cps: Vec<u32> = gutf8::code_points(text).collect();
                codecs::encode_code_points(&cps, *c, errors).map_or(cps.len(), |b| b.len())
            }
            Coder::Python(_) => {
                let chars = gutf8::code_points(text).count();
                let measured = (|| -> PyResult<usize> {
                    let Coder::Python(enc) = Coder::encoder(vm, encoding, errors)? else {
                        return Ok(chars);
                    };
                    let f = attr::getattr(vm, &enc, "encode")?;
                    call::call_value(vm, &f, vec![pystr::new_str("")])?;
                    let r = call::call_value(vm, &f, vec![pystr::new_gutf8_slice(text)])?;
                    Ok(bytes::as_bytes(&r).map_or(chars, <[u8]>::len))
                })();
                measured.unwrap_or(chars)
            }
        }
    }
}
