//! `hexlify(data, sep=, bytes_per_sep=1)` and `unhexlify(hexstr)`.
use super::binascii_error;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{bytes, str as pystr};

const DIGITS: &[u8; 16] = b"0123456789abcdef";

/// The separator byte: a str or bytes of length one (`_Py_strhex_bytes_with_sep`'s rules).
fn separator(vm: &mut Vm, sep: &Value) -> PyResult<u8> {
    let len = protocols::len(vm, sep)?;
    if len != 1 {
        return Err(error::value_error("sep must be length 1."));
    }
    if let Some(s) = pystr::as_str(sep) {
        let c = s.chars().next().map_or(0, u32::from);
        return u8::try_from(c).map_err(|_| error::value_error("sep must be ASCII."));
    }
    match bytes::as_bytes(sep) {
        Some(b) => Ok(b[0]),
        None => Err(error::type_error("sep must be str or bytes.")),
    }
}

pub(super) fn hexlify(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Value> {
    let [data, sep, per] = args.bind(fname, ["data", "sep", "bytes_per_sep"], 1, 0)?;
    let data = data.unwrap_or(Value::NONE);
    let per = match &per {
        Some(v) => i64::from(crate::convert::c_int(vm, v)?),
        None => 1,
    };
    let sep = match &sep {
        Some(s) => Some(separator(vm, s)?),
        None => None,
    };
    let data = crate::buffer::bytes_like(&data)?;
    let group = per.unsigned_abs() as usize;
    let mut out = Vec::with_capacity(data.len() * 3);
    let sep = sep.filter(|_| group != 0 && group < data.len());
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep {
            // Positive counts group from the right, negative ones from the left.
            let boundary = if per > 0 {
                i != 0 && (data.len() - i) % group == 0
            } else {
                i != 0 && i % group == 0
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[usize::from(b >> 4)]);
        out.push(DIGITS[usize::from(b & 15)]);
    }
    Ok(bytes::new_bytes(out))
}

pub(super) fn unhexlify(data: &[u8]) -> PyResult<Vec<u8>> {
    if !data.len().is_multiple_of(2) {
        return Err(binascii_error("Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    data.chunks_exact(2)
        .map(|p| match (digit(p[0]), digit(p[1])) {
            (Some(h), Some(l)) => Ok((h << 4) | l),
            _ => Err(binascii_error("Non-hexadecimal digit found")),
        })
        .collect()
}
