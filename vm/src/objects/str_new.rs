//! `str(object='', encoding='utf-8', errors='strict')`: `str()` of any object, or the text of
//! a bytes-like object decoded when an encoding or error handler is given.
use super::args::{clinic, codec_name_arg, is_buffer, new_cls};
use super::codec;
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::register::statics;
use crate::objects::{str as pystr, types};

/// `str.__new__(cls, object='', encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().str)?;
    let [object, encoding, errors] = clinic(
        &args.rest(),
        "str",
        ["object", "encoding", "errors"],
        0,
        3,
        0,
    )?;
    let encoding = codec_name_arg(encoding.as_ref(), "str", "encoding")?;
    let errors = codec_name_arg(errors.as_ref(), "str", "errors")?;
    let text = match object {
        None => pystr::new_str(""),
        Some(o) if encoding.is_none() && errors.is_none() => protocols::str_value(vm, &o)?,
        Some(o) => decode_object(vm, &o, encoding, errors)?,
    };
    if cls.is(&types().str) {
        return Ok(text);
    }
    let s = pystr::as_bytes(&text).unwrap_or_default().to_vec();
    Ok(pystr::new_str_of(cls, pystr::Str::from_gutf8(s)))
}

/// `PyUnicode_FromEncodedObject`: only bytes-like objects decode.
fn decode_object(
    vm: &mut Vm,
    o: &Value,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Value> {
    if pystr::as_str(o).is_some() {
        return Err(error::type_error("decoding str is not supported"));
    }
    if !is_buffer(o) {
        return Err(error::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name_of(o)
        )));
    }
    let data = crate::interp::builtin_types::bytes_like(vm, o)?;
    codec::decode(vm, &data, encoding, errors)
}

pub(super) fn register(ty: &ObjRef) {
    statics(ty, &[("__new__", str_new)]);
}
