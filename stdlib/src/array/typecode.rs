//! The item types of arrays: their sizes, and converting between Python values and native-endian
//! item bytes with the checks and messages of CPython's `*_setitem` functions (which parse with
//! `PyArg_Parse` formats first, so `array('b', [40000])` complains about a short).
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{protocols, Vm};
use weft_vm::objects::{float, int, str as pystr};

/// The typecodes, in CPython's order (`array.typecodes`).
pub(crate) const TYPECODES: &str = "bBuhHiIlLqQfd";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Code {
    I8,
    U8,
    Unicode,
    I16,
    U16,
    I32,
    U32,
    Long,
    ULong,
    I64,
    U64,
    F32,
    F64,
}

impl Code {
    pub(crate) fn from_char(c: char) -> Option<Code> {
        Some(match c {
            'b' => Code::I8,
            'B' => Code::U8,
            'u' => Code::Unicode,
            'h' => Code::I16,
            'H' => Code::U16,
            'i' => Code::I32,
            'I' => Code::U32,
            'l' => Code::Long,
            'L' => Code::ULong,
            'q' => Code::I64,
            'Q' => Code::U64,
            'f' => Code::F32,
            'd' => Code::F64,
            _ => return None,
        })
    }

    pub(crate) fn char(self) -> char {
        TYPECODES.as_bytes()[self as usize] as char
    }

    pub(crate) fn size(self) -> usize {
        match self {
            Code::I8 | Code::U8 => 1,
            Code::I16 | Code::U16 => 2,
            Code::Unicode | Code::I32 | Code::U32 | Code::F32 => 4,
            Code::Long | Code::ULong | Code::I64 | Code::U64 | Code::F64 => 8,
        }
    }

    pub(crate) fn is_float(self) -> bool {
        matches!(self, Code::F32 | Code::F64)
    }

    pub(crate) fn is_integer(self) -> bool {
        !self.is_float() && self != Code::Unicode
    }

    pub(crate) fn is_signed(self) -> bool {
        matches!(
            self,
            Code::I8 | Code::I16 | Code::I32 | Code::Long | Code::I64
        )
    }

    /// The machine format code pickles carry (`array._array_reconstructor`), little-endian here.
    pub(crate) fn mformat(self) -> i64 {
        match self {
            Code::U8 => 0,
            Code::I8 => 1,
            Code::U16 => 2,
            Code::I16 => 4,
            Code::U32 => 6,
            Code::I32 => 8,
            Code::ULong | Code::U64 => 10,
            Code::Long | Code::I64 => 12,
            Code::F32 => 14,
            Code::F64 => 16,
            Code::Unicode => 20,
        }
    }

    /// The item stored in `b` (exactly `size()` bytes); a `u` item beyond U+10FFFF is an error, as
    /// in CPython.
    pub(crate) fn decode(self, b: &[u8]) -> PyResult<Value> {
        let n = |b: &[u8]| -> [u8; 8] {
            let mut a = [0u8; 8];
            a[..b.len()].copy_from_slice(b);
            a
        };
        let raw = u64::from_le_bytes(n(b));
        Ok(match self {
            Code::I8 => int::from_i64(raw as u8 as i8 as i64),
            Code::U8 => int::from_i64(raw as u8 as i64),
            Code::I16 => int::from_i64(raw as u16 as i16 as i64),
            Code::U16 => int::from_i64(raw as u16 as i64),
            Code::I32 => int::from_i64(raw as u32 as i32 as i64),
            Code::U32 => int::from_i64(raw as u32 as i64),
            Code::Long | Code::I64 => int::from_i64(raw as i64),
            Code::ULong | Code::U64 => int::from_big(BigInt::from(raw)),
            Code::F32 => Value::float(f32::from_bits(raw as u32) as f64),
            Code::F64 => Value::float(f64::from_bits(raw)),
            Code::Unicode if raw > 0x10_ffff => {
                return Err(error::value_error("chr() arg not in range(0x110000)"))
            }
            Code::Unicode => pystr::char_value(raw as u32),
        })
    }

    /// Appends the bytes of `v` as an item to `out`.
    pub(crate) fn encode(self, vm: &mut Vm, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
        let le = |out: &mut Vec<u8>, x: u64, n: usize| out.extend_from_slice(&x.to_le_bytes()[..n]);
        match self {
            Code::F32 => out.extend_from_slice(&(real(vm, v)? as f32).to_le_bytes()),
            Code::F64 => out.extend_from_slice(&real(vm, v)?.to_le_bytes()),
            Code::Unicode => le(out, unicode_item(v)? as u64, 4),
            Code::I8 => {
                let x = short(vm, v)?;
                check(x, -128, 127, "signed char")?;
                le(out, x as u64, 1);
            }
            Code::U8 => {
                let x = c_long(vm, v)?;
                check(x, 0, 255, "unsigned byte integer")?;
                le(out, x as u64, 1);
            }
            Code::I16 => le(out, short(vm, v)? as u64, 2),
            Code::U16 => {
                let x = c_int(vm, v)?;
                check(x, 0, 65535, "unsigned short")?;
                le(out, x as u64, 2);
            }
            Code::I32 => le(out, c_int(vm, v)? as u64, 4),
            Code::U32 => {
                let x = unsigned(vm, v)?;
                if x > u32::MAX as u64 {
                    return Err(error::overflow_error(
                        "unsigned int is greater than maximum",
                    ));
                }
                le(out, x, 4);
            }
            Code::Long => le(out, c_long(vm, v)? as u64, 8),
            Code::ULong => le(out, unsigned(vm, v)?, 8),
            Code::I64 => {
                let b = protocols::index(vm, v)?;
                let x = b
                    .to_i64()
                    .ok_or_else(|| error::overflow_error("int too big to convert"))?;
                le(out, x as u64, 8);
            }
            Code::U64 => {
                let b = protocols::index(vm, v)?;
                if b.is_negative() {
                    return Err(error::overflow_error(
                        "can't convert negative int to unsigned",
                    ));
                }
                let x = b
                    .to_u64()
                    .ok_or_else(|| error::overflow_error("int too big to convert"))?;
                le(out, x, 8);
            }
        }
        Ok(())
    }
}

fn check(x: i64, min: i64, max: i64, what: &str) -> PyResult<()> {
    if x < min {
        return Err(error::overflow_error(format!(
            "{what} is less than minimum"
        )));
    }
    if x > max {
        return Err(error::overflow_error(format!(
            "{what} is greater than maximum"
        )));
    }
    Ok(())
}

/// The `l` format: `__index__`, within a C long.
fn c_long(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_int() {
        return Ok(i);
    }
    protocols::index(vm, v)?
        .to_i64()
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C long"))
}

/// The `h` format: a C long within a short.
fn short(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let x = c_long(vm, v)?;
    check(x, i16::MIN as i64, i16::MAX as i64, "signed short integer")?;
    Ok(x)
}

/// The `i` format: a C long within an int.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let x = c_long(vm, v)?;
    check(x, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
    Ok(x)
}

/// `PyLong_AsUnsignedLong` of `__index__`: no negatives, within 64 bits.
fn unsigned(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    let b: BigInt = protocols::index(vm, v)?;
    if b.is_negative() {
        return Err(error::overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    b.to_u64()
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C unsigned long"))
}

/// The `f`/`d` formats (`PyFloat_AsDouble`).
fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(x) = float::to_f64(v) {
        return Ok(x);
    }
    crate::math::to_f64(vm, v)
}

/// A `u` item: a str of one character.
fn unicode_item(v: &Value) -> PyResult<u32> {
    let bad = || -> PyErr { error::type_error("array item must be unicode character") };
    let s = pystr::as_str_obj(v).ok_or_else(bad)?;
    let mut cps = s.code_points();
    match (cps.next(), cps.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(bad()),
    }
}
