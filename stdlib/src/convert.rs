//! Argument Clinic's integer converters that the hash, binascii and zlib natives share.
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{protocols, Vm};

/// A C `int` argument: an int or an object with `__index__`, `OverflowError` past 32 bits.
pub(crate) fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    if let Some(i) = v.as_int() {
        if let Ok(i) = i32::try_from(i) {
            return Ok(i);
        }
    }
    let b = protocols::index(vm, v)?;
    num_traits::ToPrimitive::to_i32(&b)
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C int"))
}

/// Argument Clinic's `unsigned_int(bitwise=True)`: any int, reduced modulo 2**32.
pub(crate) fn bitwise_u32(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    if let Some(i) = v.as_int() {
        return Ok(i as u32);
    }
    let b = protocols::index(vm, v)?;
    let digits = b.to_u32_digits().1;
    let low = digits.first().copied().unwrap_or(0);
    Ok(if b.sign() == num_bigint::Sign::Minus {
        low.wrapping_neg()
    } else {
        low
    })
}
