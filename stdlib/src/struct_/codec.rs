//! Packing values into bytes and unpacking them, code by code, with CPython's range checks and
//! messages.
use super::format::{Layout, Order};
use super::half;
use super::struct_error;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, protocols, Vm};
use weft_vm::objects::{bytearray::ByteArray, bytes, float, int};

/// Writes `values` (already counted) into `out`, which is `layout.size` bytes long.
pub(crate) fn pack(vm: &mut Vm, l: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut vals = values.iter();
    for code in &l.codes {
        match code.ch {
            b'x' => {}
            b's' | b'p' => {
                let v = vals.next().cloned().unwrap_or(Value::NONE);
                let data = string_arg(&v, code.ch)?;
                let field = &mut out[code.offset..code.offset + code.count];
                if code.ch == b's' {
                    let n = data.len().min(field.len());
                    field[..n].copy_from_slice(&data[..n]);
                } else if let Some((first, rest)) = field.split_first_mut() {
                    let n = data.len().min(rest.len());
                    rest[..n].copy_from_slice(&data[..n]);
                    *first = n.min(255) as u8;
                }
            }
            _ => {
                for k in 0..code.count {
                    let v = vals.next().cloned().unwrap_or(Value::NONE);
                    let at = code.offset + k * code.size;
                    let field = &mut out[at..at + code.size];
                    pack_one(vm, l, code.ch, &v, field)?;
                }
            }
        }
    }
    Ok(())
}

/// The bytes of an `s`/`p` argument: bytes or bytearray.
fn string_arg(v: &Value, ch: u8) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(b.to_vec());
    }
    if let Some(ba) = v.as_obj().and_then(|o| o.downcast::<ByteArray>()) {
        return Ok(ba.data.borrow().clone());
    }
    Err(struct_error(format!(
        "argument for '{}' must be a bytes object",
        ch as char
    )))
}

/// Stores an integer of `field.len()` bytes in the layout's byte order.
fn put_int(l: &Layout, x: i128, field: &mut [u8]) {
    let le = x.to_le_bytes();
    let n = field.len();
    match l.order {
        Order::Little => field.copy_from_slice(&le[..n]),
        Order::Big => {
            for (i, b) in field.iter_mut().enumerate() {
                *b = le[n - 1 - i];
            }
        }
    }
}

fn get_int(l: &Layout, field: &[u8], signed: bool) -> i128 {
    let mut le = [0u8; 16];
    let n = field.len();
    match l.order {
        Order::Little => le[..n].copy_from_slice(field),
        Order::Big => {
            for (i, b) in field.iter().enumerate() {
                le[n - 1 - i] = *b;
            }
        }
    }
    let x = i128::from_le_bytes(le);
    if signed && n > 0 && n < 16 && x >> (8 * n - 1) & 1 == 1 {
        x - (1i128 << (8 * n))
    } else {
        x
    }
}

/// The integer value of an argument (`get_pylong`): an int or an object with `__index__`.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if !int::is_int(v)
        && weft_vm::objects::typeobj::lookup_str(&ops::a_type(v), "__index__").is_none()
    {
        return Err(struct_error("required argument is not an integer"));
    }
    protocols::index(vm, v)
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(x) = float::to_f64(v) {
        return Ok(x);
    }
    float::as_f64(vm, v).map_err(|_| struct_error("required argument is not a float"))
}

fn pack_one(vm: &mut Vm, l: &Layout, ch: u8, v: &Value, field: &mut [u8]) -> PyResult<()> {
    match ch {
        b'c' => match bytes::as_bytes(v) {
            Some([b]) => field[0] = *b,
            _ => {
                return Err(struct_error(
                    "char format requires a bytes object of length 1",
                ))
            }
        },
        b'?' => field[0] = u8::from(ops::truthy(vm, v)?),
        b'e' => {
            let x = float_arg(vm, v)?;
            let h = half::pack(x)
                .ok_or_else(|| error::overflow_error("float too large to pack with e format"))?;
            put_int(l, i128::from(h), field);
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            let y = x as f32;
            if !l.native && y.is_infinite() && x.is_finite() {
                return Err(error::overflow_error(
                    "float too large to pack with f format",
                ));
            }
            put_int(l, i128::from(y.to_bits()), field);
        }
        b'd' => {
            let x = float_arg(vm, v)?;
            put_int(l, x.to_bits() as i128, field);
        }
        _ => {
            let x = int_arg(vm, v)?;
            put_int(l, int_in_range(ch, field.len(), &x)?, field);
        }
    }
    Ok(())
}

/// Checks `x` against the range of integer code `ch` with CPython's message for that code.
fn int_in_range(ch: u8, size: usize, x: &BigInt) -> PyResult<i128> {
    let out_of_range = || struct_error("argument out of range");
    let signed = ch.is_ascii_lowercase();
    let named = match ch {
        b'b' => Some("byte format requires -128 <= number <= 127"),
        b'B' => Some("ubyte format requires 0 <= number <= 255"),
        b'h' => Some("short format requires -32768 <= number <= 32767"),
        b'H' => Some("ushort format requires 0 <= number <= 65535"),
        _ => None,
    };
    // The C conversion first (`long`, `unsigned long`, ...), then the code's own range.
    let x = if ch == b'P' {
        let x = x
            .to_i128()
            .filter(|x| *x >= i128::from(i64::MIN) && *x <= i128::from(u64::MAX))
            .ok_or_else(|| error::overflow_error("int too large to convert"))?;
        return Ok(x);
    } else if signed || named.is_some() {
        x.to_i64().map(i128::from).ok_or_else(|| match named {
            Some(m) => struct_error(m),
            None => out_of_range(),
        })?
    } else {
        x.to_u64().map(i128::from).ok_or_else(out_of_range)?
    };
    let bits = 8 * size as u32;
    let (lo, hi) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    if x < lo || x > hi {
        return Err(struct_error(match named {
            Some(m) => m.to_string(),
            None => format!("'{}' format requires {lo} <= number <= {hi}", ch as char),
        }));
    }
    Ok(x)
}

/// The values `data` (exactly `layout.size` bytes) holds.
pub(crate) fn unpack(l: &Layout, data: &[u8]) -> Vec<Value> {
    let mut out = Vec::with_capacity(l.items);
    for code in &l.codes {
        let field = &data[code.offset..code.offset + code.size * code.count];
        match code.ch {
            b'x' => {}
            b's' => out.push(bytes::new_bytes(field.to_vec())),
            b'p' => {
                // A zero-length `p` field (`0p`) holds no count byte and unpacks as empty.
                let text = match field.split_first() {
                    Some((&n, rest)) => &rest[..(n as usize).min(rest.len())],
                    None => &[],
                };
                out.push(bytes::new_bytes(text.to_vec()));
            }
            _ => {
                for item in field.chunks_exact(code.size) {
                    out.push(unpack_one(l, code.ch, item));
                }
            }
        }
    }
    out
}

fn unpack_one(l: &Layout, ch: u8, field: &[u8]) -> Value {
    match ch {
        b'c' => bytes::new_bytes(field.to_vec()),
        b'?' => Value::bool(field[0] != 0),
        b'e' => Value::float(half::unpack(get_int(l, field, false) as u16)),
        b'f' => Value::float(f64::from(f32::from_bits(get_int(l, field, false) as u32))),
        b'd' => Value::float(f64::from_bits(get_int(l, field, false) as u64)),
        _ => {
            let x = get_int(l, field, ch.is_ascii_lowercase());
            match i64::try_from(x) {
                Ok(i) => int::from_i64(i),
                Err(_) => int::from_big(BigInt::from(x)),
            }
        }
    }
}
