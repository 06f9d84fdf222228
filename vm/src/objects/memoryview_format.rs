//! Native struct formats of memoryview items (`cast('H')`, `'d'`, ...): their sizes and how an
//! item's bytes become a Python value and back, in this machine's byte order.
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::Vm;
use crate::objects::{bytes, float, int};
use num_traits::ToPrimitive;

/// The size of native format `f`, or `None` when memoryview does not support it.
pub fn itemsize(f: u8) -> Option<usize> {
    Some(match f {
        b'b' | b'B' | b'c' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    })
}

fn signed(f: u8) -> bool {
    matches!(f, b'b' | b'h' | b'i' | b'l' | b'q' | b'n')
}

/// An item compared by value: `memoryview == other` compares unpacked items.
#[derive(PartialEq)]
pub enum Item {
    Int(i128),
    Float(f64),
    Char(u8),
}

/// Unpacks one item of format `f` from its bytes.
pub fn unpack(f: u8, b: &[u8]) -> Item {
    let mut raw = [0u8; 8];
    raw[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
    match f {
        b'c' => Item::Char(b.first().copied().unwrap_or(0)),
        b'f' => Item::Float(f32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64),
        b'd' => Item::Float(f64::from_ne_bytes(raw)),
        b'?' => Item::Int((b.first().copied().unwrap_or(0) != 0) as i128),
        _ => {
            let n = b.len().min(8);
            let u = u64::from_ne_bytes(raw) as i128;
            if signed(f) && n < 8 {
                let shift = 128 - 8 * n as u32;
                Item::Int((u << shift) >> shift)
            } else if signed(f) {
                Item::Int(u as u64 as i64 as i128)
            } else {
                Item::Int(u)
            }
        }
    }
}

/// The Python value of an item of format `f`.
pub fn value(f: u8, b: &[u8]) -> Value {
    match unpack(f, b) {
        Item::Char(c) => bytes::new_bytes(vec![c]),
        Item::Float(x) => Value::float(x),
        Item::Int(n) if f == b'?' => Value::bool(n != 0),
        Item::Int(n) => int::from_big(n.into()),
    }
}

/// The bytes of `v` stored as an item of format `f`.
pub fn pack(vm: &mut Vm, f: u8, v: &Value) -> PyResult<Vec<u8>> {
    let fmt = f as char;
    let invalid = || error::value_error(format!("memoryview: invalid value for format '{fmt}'"));
    let size = itemsize(f).unwrap_or(1);
    if f == b'c' {
        return match bytes::as_bytes(v) {
            Some([b]) => Ok(vec![*b]),
            _ => Err(invalid()),
        };
    }
    if matches!(f, b'f' | b'd') {
        let x = float::to_f64(v)
            .or_else(|| int::to_big(v).and_then(|b| b.to_f64()))
            .ok_or_else(|| {
                error::type_error(format!("memoryview: invalid type for format '{fmt}'"))
            })?;
        return Ok(if f == b'f' {
            (x as f32).to_ne_bytes().to_vec()
        } else {
            x.to_ne_bytes().to_vec()
        });
    }
    if f == b'?' {
        return Ok(vec![crate::interp::ops::truthy(vm, v)? as u8]);
    }
    if !int::is_int(v) {
        return Err(error::type_error(format!(
            "memoryview: invalid type for format '{fmt}'"
        )));
    }
    let n = int::to_big(v)
        .and_then(|b| b.to_i128())
        .ok_or_else(invalid)?;
    let bits = 8 * size as u32;
    let (lo, hi) = if signed(f) {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    if n < lo || n > hi {
        return Err(invalid());
    }
    Ok((n as u64).to_ne_bytes()[..size].to_vec())
}
