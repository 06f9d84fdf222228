//! The JSON document being read: its generalized UTF-8 and the map between byte offsets (what the
//! scanner walks) and character indices (what Python sees).
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyErr};
use weft_vm::interp::{attr, call, import, Vm};
use weft_vm::objects::{int, str as pystr};

pub(crate) struct Doc<'a> {
    pub value: &'a Value,
    pub bytes: &'a [u8],
    ascii: bool,
}

impl<'a> Doc<'a> {
    pub(crate) fn new(value: &'a Value, s: &'a pystr::Str) -> Doc<'a> {
        Doc {
            value,
            bytes: s.as_bytes(),
            ascii: s.is_ascii(),
        }
    }

    /// The byte offset of character `index` (which must be within the text or at its end).
    pub(crate) fn byte_of(&self, s: &pystr::Str, index: usize) -> usize {
        if self.ascii {
            index
        } else {
            s.byte_offset(index)
        }
    }

    /// The character index of byte offset `at`, given a known pair (`from_byte`, `from_char`)
    /// at or before it.
    pub(crate) fn char_of(&self, at: usize, from_byte: usize, from_char: usize) -> usize {
        if self.ascii {
            return at;
        }
        let end = at.min(self.bytes.len());
        let start = from_byte.min(end);
        from_char
            + self.bytes[start..end]
                .iter()
                .filter(|&&b| b & 0xc0 != 0x80)
                .count()
    }
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`, raised.
pub(crate) fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: i64) -> PyErr {
    let cls = match import::import_abs(vm, "json.decoder")
        .and_then(|m| attr::getattr(vm, &m, "JSONDecodeError"))
    {
        Ok(c) => c,
        Err(e) => return e,
    };
    let args = vec![pystr::new_str(msg), doc.clone(), int::from_i64(pos)];
    match call::call_value(vm, &cls, args) {
        Ok(exc) => match exc.as_obj() {
            Some(o) => PyErr::from_obj(o.clone()),
            None => error::type_error("exceptions must derive from BaseException"),
        },
        Err(e) => e,
    }
}
